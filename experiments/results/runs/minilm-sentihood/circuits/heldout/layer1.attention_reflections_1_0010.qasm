// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.359120111397969) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1e20c0e1c4dad3288f04ed8751e0d1b36452f307bfd74c83af90d7b12b3dbdbc
