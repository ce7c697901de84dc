// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6206229640019341) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e76efda86a0bdc301ff89b65bae9bb5616bda73f399efd0ed91c0d3d52205914
