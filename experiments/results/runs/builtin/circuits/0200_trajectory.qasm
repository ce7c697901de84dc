// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.656171168777034) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 22b5053a418041db16964d32e4af2d536d85c3cb31fc3379591e053963354afa
