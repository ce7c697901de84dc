// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0023315004106697) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bc6bebd519386f9ed7462a8a3dd76221589bf9a0a06ad70872c61e535b9dcd4b
