// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1604998851934574) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0220561abeb0abc9176a232a1f19ce4ed680b802e1edbeff2c7a0d6bf8978fa1
