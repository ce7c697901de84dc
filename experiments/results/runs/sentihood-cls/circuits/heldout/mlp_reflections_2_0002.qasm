// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.204238295794358) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b3343aa558695d8715f74a12939e2f624a827256561c8448f69bf63a4f5ab5ef
