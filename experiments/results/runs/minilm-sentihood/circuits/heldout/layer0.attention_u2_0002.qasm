// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4085210776342203) q[0];
ry(2.3201620982639986) q[0];
rz(0.2867371130858549) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0da2275f008144c837c6df04754987a681b728c16c3b4c8b41e85bf9d64f375f
