// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.168066973732487) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b661fecdd9bb0a2dd54891bb114a4a70227e3c9906924a99b55f23d486afeca8
