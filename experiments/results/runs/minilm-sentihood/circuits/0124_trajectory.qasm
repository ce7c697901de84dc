// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6934938345678886) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c4454e83b6341025d513e7caae865abe5a14e9d8bdebcdaa942b89673b94ae5a
