// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.27838800866747204) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8aedc025749e0ab4b090df8fb5cc2eb16ab819a4273a85b7ee8a3f08b4b0244d
