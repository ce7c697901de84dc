// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6842736504395375) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c4ee6262fa3a4cd2c668329dff0b753d13b6607e5fbddf26587ac07d7a9ee7f
