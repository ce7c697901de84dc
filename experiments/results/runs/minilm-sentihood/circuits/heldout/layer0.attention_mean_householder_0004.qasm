// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1037459230018705) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 35c58f30e868af5ae258dae5da5ec3f28c96ce41e18cec0f73401e0ed14edfaf
