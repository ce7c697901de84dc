// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24267069381363093) q[0];
ry(2.1467148744154825) q[0];
rz(0.13400863246850392) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fc038c83f13bbc5e78c3f90ef0a8a9d841e1bc3f637bd889f0e04abd2999cece
