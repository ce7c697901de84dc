// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.594987428290549) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aed5294e5dfe62a14956a841b1c3fc202a73cbdae35b0571b7141114360b4628
