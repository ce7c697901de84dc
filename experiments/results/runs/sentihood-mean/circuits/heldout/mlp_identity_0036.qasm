// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8456558773198242) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f47b4641999d69a13e47a1f51e86a23b1cd5a4b10e2b00933716521fb4b98c14
