// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5951189794108727) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a0cd38f6e303dbb123532214161fb98cf2015322b9ee0c33387d94f924ca5af
