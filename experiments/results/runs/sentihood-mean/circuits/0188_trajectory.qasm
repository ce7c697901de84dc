// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6698540254312539) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ddb416ec645f3df5eb8052d5513c9cdab5ca3d11d495b618d99f1916e48465e
