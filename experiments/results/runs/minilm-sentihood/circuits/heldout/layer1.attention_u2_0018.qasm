// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.34531460312222606) q[0];
ry(2.107539980489706) q[0];
rz(0.1819098613296788) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b4353fd43f4318ae50767217e76b7cdce9facbda8185b7828fa5e82ee01f943c
