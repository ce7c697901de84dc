// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3726993423631719) q[0];
ry(0.5801692024548415) q[0];
rz(-0.3160371378256195) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8d2d3ceefe0cb891b029adff82cc8fc4d101687139ba53ada011df411e7672e8
