// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.406023579764019) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1fa266fd890836a281f99032e3b75094a834e79690cecb370215f1264943459d
