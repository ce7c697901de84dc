// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3302261828911721) q[0];
ry(1.7236565848326655) q[0];
rz(0.052145941189797984) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d50959c1686843cb27f9ed97cea1a6140f7d519cb7554659f94675638c225fcc
