// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9211952329489824) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2dc1a5189a5f7b5c13aee1aefabe16080666f5f7e13df37f9ab4d2a0f419645b
