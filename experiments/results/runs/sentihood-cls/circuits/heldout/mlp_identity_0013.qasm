// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.46317493347940464) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a30a9751c6591485e6ff30347f25c4cbb2c10a053c1c66d37e2aa3bda83e072
