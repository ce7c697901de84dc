// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7681374329602275) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8277cb418b201268ea8b864c1e74ff89a1dc8a7377fa2d1e9294a3fe1e3f2af7
