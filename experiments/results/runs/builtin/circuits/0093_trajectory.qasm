// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3321846521491019) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8cb435e9ea68fb59e79d2f40f902b9aac3c90e42478cec1ebd12fe1a6495e4a
