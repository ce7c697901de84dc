// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.849967952474272) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd9bc5f46b235280c934a0bc7a03b2f0fa2794eae49db32535853af9e6ee1d52
