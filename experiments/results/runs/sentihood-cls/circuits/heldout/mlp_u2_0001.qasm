// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24129078249330416) q[0];
ry(2.6292749050201945) q[0];
rz(0.21128912737814431) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 115b2e449e85b1c8d57dcb8aa799b9b31093843940eb66535740b5c82bfa7eef
