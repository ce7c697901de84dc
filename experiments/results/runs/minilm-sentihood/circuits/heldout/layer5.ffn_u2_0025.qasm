// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4621144566707911) q[0];
ry(0.5403038403743873) q[0];
rz(-0.4036767944217763) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b88093c5912ac514f37b396a0c982cd966811eb57ac2f5ddb6555550cabe1ac6
