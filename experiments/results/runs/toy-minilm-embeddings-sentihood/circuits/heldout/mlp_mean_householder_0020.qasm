// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7557606492753478) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d1729d23d8a56ebe3e1eb49e7317c4c50471c348354b887fc67d08defd5014a5
