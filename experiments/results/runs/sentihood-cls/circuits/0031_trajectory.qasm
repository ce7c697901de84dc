// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0927470001552466) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9489af33697707637f462ebad3def6622f0401b3bbf6d17b39b6f2040d0264b9
