// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.65876012407577) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 36c0c4c33344f7aaff2af09e79764b47e0b517f7075a29f7b80b6fd31df59099
