// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.510730507259278) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 206a3eca658b2b2548ba752a83fd5c2ff7c1e0199ace06cf1bde9fc9e2cf2fdc
