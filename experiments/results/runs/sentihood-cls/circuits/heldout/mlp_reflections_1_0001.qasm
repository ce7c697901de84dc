// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.645006070763657) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95bdf8059dcac0c99227e01e70cf2ee207bea7070f1ca632de6af735c58fa342
