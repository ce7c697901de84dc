// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7015995563498899) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f2c52a6800b285842dc01b7c4c1f4106fda44d33772aae56fd7e871188987eaf
