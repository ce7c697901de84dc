// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6213405414137536) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ada401a2fef19c636141425016f1cee8a99a9aaf5c72859e74ff3d2f09e1a436
