// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.373390905274835) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6bff98e68c9ca65ed60bb00fd11b963988b92ca244ba0c705ffa062849a697fc
