// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0192353023155847) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 385ddc7697d1f5b2edaf4adb4de18349c2835d479ade69c1fb8ab26cc0ffc3ed
