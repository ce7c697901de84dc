// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7452185807555325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5dbec7522ed79431284566d42a389690b2573c70d57230a9cbd1cd202e8a52b4
