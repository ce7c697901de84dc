// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.035093439022634) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d9d386f68d69276966b60624000298096a11c5483579267183430843ab5836a4
