// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0202377416703463) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dd65ec5b6080b588a98baa9e8be18a83c2ae5fffdb960c9a391d710aba862b75
