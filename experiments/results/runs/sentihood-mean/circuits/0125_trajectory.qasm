// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7851123009562935) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 22c385637d194d5f958079da899c9656d9cf1d25a826d30d4584df40f68de50f
