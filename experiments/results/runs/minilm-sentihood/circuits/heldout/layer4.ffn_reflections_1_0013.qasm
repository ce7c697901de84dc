// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9095786542945847) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa61c6503b222ca2ef183023e44870327d3de83dce0d258c6b4b96bc770c951a
