// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1410014066969962) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de3e46642c49b115db0e82464e7f8d4d0c971b76e150be37bac30e32ece1fc8c
