// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23363262990487543) q[0];
ry(1.7079310164546617) q[0];
rz(0.03252143427176568) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c81ced5568df320b54373de4b86b141ad43bc86aaa2c4aae24cfec0bf9e08924
