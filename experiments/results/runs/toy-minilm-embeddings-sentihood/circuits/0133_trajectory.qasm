// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1029718386042708) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c7679c6f956292c4f3d337ee95a21dd4896faa1c357972acf064f6f3d7403d2
