// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.412626774735976) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b5931e9a426ec760c310615fea0295abc121f94f240c743eaaa3bd402465de2
