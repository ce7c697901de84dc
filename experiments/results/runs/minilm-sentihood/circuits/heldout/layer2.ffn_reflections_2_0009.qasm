// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8009160246466283) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4155ee266f0c113f98100b7cb951bded7f3ba14ca7aa38aa547113e77ddcdaf7
