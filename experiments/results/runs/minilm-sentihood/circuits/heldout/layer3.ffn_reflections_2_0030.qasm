// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9981923485120587) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9bee2c116bf368343a7aaca4f7617fd545edd5843e30ed8e64b53338627b9b0
