// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.542499533181961) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cd61d57f47df019bfe693e1a67627f43db23ca974812af112017e84953a434c5
