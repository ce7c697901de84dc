// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6688743765662322) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4c2b0d7013e624223bb22622992fb8214480b0c196749fae66fe30f5a35c27d1
