// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9169555443844831) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3fd244abd88f7add74480031a4f0af5144583c53ef5425bb3ac85ad9dcd22bfa
