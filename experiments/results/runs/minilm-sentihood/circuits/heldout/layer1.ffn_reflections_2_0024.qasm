// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7308114758204671) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4100e45ae78f5ae233ad9b681839a9bc74d63251308d28643f659b7d1956c21f
