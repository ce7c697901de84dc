// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5889267270776537) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05c43a4379f1a42d55069c5b93c5f90b7481d55b9c22cb742426e320c10be812
