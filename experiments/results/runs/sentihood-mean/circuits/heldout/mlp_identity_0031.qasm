// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2452926589590456) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2aa73c3032c5908ec2f428ec6b49cca5a7d739829ab5c8c4131f435e5ad722d7
