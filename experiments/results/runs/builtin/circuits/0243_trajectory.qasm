// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2539241136442025) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 34244dd2742b8701793379ac219206e5a60da7361f1124ba27313dea94166d5f
