// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5153021384766594) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2104f7926d107d20c39def11aa7944104e792a4e9a3cfa503b11e283148bc640
