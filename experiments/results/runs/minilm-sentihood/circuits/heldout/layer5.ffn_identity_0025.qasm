// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.49700016319215995) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 277e70d359fffefd65a3e82bad2f1f89a753f2763a61f10133cadfff8fa6c0b9
