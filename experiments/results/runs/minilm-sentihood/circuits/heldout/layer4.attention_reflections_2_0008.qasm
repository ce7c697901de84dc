// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0241037307326377) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 679f7fb8e8e47e95e8bbdd9537611463f0b692429507dc1f4078320f0cbeb5ba
