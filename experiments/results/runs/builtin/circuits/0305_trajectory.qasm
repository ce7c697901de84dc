// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5627300431850915) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 830b1f9084d825f33350347dcb1eac3063e9c88d50157405ef67ece428038c7c
