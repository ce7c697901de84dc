// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.075350786772401) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d4244a0f0c21901505f81eca31545a38af976c38c6678bc7ff119e15331589a3
