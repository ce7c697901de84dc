// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.17635757975323774) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a365179bc6a3f209d36aaf1f35d5a232248ce5ed3da373a0ec3ef0ac50d40b30
