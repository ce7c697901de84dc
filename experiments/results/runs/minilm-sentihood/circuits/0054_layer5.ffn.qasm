// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.1615904720693235) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e554ef8ec3b3a6ddfb26303063b6e5df9993fb23cd4eb21fad6a8a7e30e270b0
