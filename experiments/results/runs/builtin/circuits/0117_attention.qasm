// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.39249536621817593) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d42bf78a8e878ca8c0e111702a00ef2f8f1a84efc3cfc885d47e53c934bf6fd2
