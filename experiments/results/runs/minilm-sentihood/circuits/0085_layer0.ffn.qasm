// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.3901683724903409) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a1cd70ae96c6ce128c34fde2fb6169c07d0e0b1c84d4f14c97fdf6bcd43d4f9
