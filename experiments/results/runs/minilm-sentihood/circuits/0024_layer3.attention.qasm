// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7923496139785782) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e0d24aee79e08d4efe0fadc13f29631dc8ba75ca2b3a05f2e367b966a399d8a9
