// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.292433685345595) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 33ba0465d93b511e5c9426cfa554a6dc4915af1eb28caeb42f93e9097bbc6b09
