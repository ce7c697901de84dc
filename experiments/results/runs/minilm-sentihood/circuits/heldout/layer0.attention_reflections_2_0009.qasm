// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0597053776992382) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 682cacd1946a18687c0b4db418af49953696b2d23f38520c5b7e322b0f0e9ef4
