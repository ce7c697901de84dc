// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.8082705514018749) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 433faac723bcb532a30a82b2a8097e307bd2cda8a7a56bb4d3c05a17dc8e3b0a
