// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.297972023853027) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 424393916c4e9a45bb29f8b95e61a14b2b63bb64495a602bfd14c065eacf5656
