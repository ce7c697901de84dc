// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.13421704643757637) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9e5f47e7681edb3bb5ee526749e9c485c70bf6a2cd569cb5b12ef4b0a5ee0f3
