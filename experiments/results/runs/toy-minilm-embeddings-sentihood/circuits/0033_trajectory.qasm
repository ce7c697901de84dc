// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9000918010753263) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 585a46f06b86d7a0dcfee2d9c360d4389d489cd24d59813140cde991780413b6
