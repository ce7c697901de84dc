// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.682955174843052) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9cc0ea4d3d69cc37b1c73b326260d9c713d711ff123a62678dd4422deda8c1cd
