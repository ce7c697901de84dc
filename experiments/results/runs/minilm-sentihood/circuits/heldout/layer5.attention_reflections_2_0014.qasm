// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1416594746548) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05fb192a901e0ce22932fc79871f170beec0b1fa1aef7f063711d3ee43eba33f
