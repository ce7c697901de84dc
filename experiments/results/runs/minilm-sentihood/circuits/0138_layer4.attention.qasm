// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.258410368403039) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ad49c4431528ba17ae1ae25e8227bbeb21f8003d6c8c0a92a2c2a223d09d945
