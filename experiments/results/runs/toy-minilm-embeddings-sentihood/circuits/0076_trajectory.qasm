// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.027792181056578) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e1c0bd4724a4b5067a0b1a2ef5cf5069c82a9f1ad9344c065f3faccda167ea56
