// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8616031862224686) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0d004dc5337e65be49d50e5227d24bacf9b6711109bb7646d55a55e6b072612d
