// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2836013606764527) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ec4e9092530326c791c2ef4d621b9b590cfed16d4183b48d9e0e13a00e7f87b
