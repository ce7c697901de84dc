// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0423839031551885) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b5f9eeb46d0cda28fb2fbd3e1685b4c073ce8fb98f7bccb63ccd1d491cb42c28
