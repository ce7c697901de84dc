// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2227212849911562) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a47e3b5364f09c12802694fd65dd6f907bfc8c5dbae791206bbdb648e20fa1e
