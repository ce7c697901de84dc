// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2907862779317336) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c290574f9d74b676bb782279b8847ceb88a4ec3632e10cb8cf7309dc50a9df4
