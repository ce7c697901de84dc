// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4490630001994798) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 400d1e4865a24225a81e5b2be9d2d2be278c77895b1454ca22ef4c2770100bc1
