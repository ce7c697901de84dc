// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7078007825031447) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b908b489193e784bb5119feac49a00385a5cec85a3f728c1c74e22357b89327
