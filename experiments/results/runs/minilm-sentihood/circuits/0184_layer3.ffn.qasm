// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4761364359334794) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 44bfdb6a1c9fce6e022246e99d6e73fd4a2552aa5a952ce77728ed688fbe3e8d
