// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8307088113305243) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 39bb39fb0aee5aa9cbbb7f00c80a7df69bcec738194fdd9728a90f0fa525a5c8
