// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.219423499281739) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c2607082c8db5e0278766a0cfd95641f2285ac2d09b3df9c4ecfbd22ef4b54a9
