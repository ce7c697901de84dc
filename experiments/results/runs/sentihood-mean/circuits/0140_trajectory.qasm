// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9246052710074864) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c384fe518c840bc3cfea444412b3c35b7b7c852932d1bc390d1fa7b46bd5fc18
