// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7518756745650325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1f4e8ead8d60d26c7c36d0908dc86ff6f5c2b805f08fa94fd81b645356893efa
