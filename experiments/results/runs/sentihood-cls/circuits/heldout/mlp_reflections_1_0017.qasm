// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.1574786647886848) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1d356dab5b88ebba8db1610d35c858bbf976ebe5d9f069ff214e0aed82c8d60a
