// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.234305608422973) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df6899fc7fa0567f4d942ea42642f01fba44a19d6c23c7cd376f75aac102d806
