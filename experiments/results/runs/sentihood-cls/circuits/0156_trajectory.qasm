// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.806034100696697) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f31ff4204cac66d86d7fc558be2fad1d8c47c90d47206367926c628d81ead6cd
