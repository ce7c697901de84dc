// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.838664128546608) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ecb2f66a7bcc037ea0aab6582db8c69ea6a582427bdbefcb0816b640cb756e6b
