// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.27436240950846225) q[0];
ry(0.9292029452003427) q[0];
rz(-0.16687977748736138) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2420568ff146249854a130ac3d5660d82e04a77b65b5edaff329b104b44368a7
