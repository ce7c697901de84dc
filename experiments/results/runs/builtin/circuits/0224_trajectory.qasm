// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.628889275839537) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 274e64c6bff581bdc86df02e8175925ea67e0d18d9c66251d9552de3f7df6417
