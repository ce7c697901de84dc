// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1599370210030653) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 06ac26a091069cde9eda5fef3df8ce1fd4730e14141b6f4c86952b57fb1e5dcf
