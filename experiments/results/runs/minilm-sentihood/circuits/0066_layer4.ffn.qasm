// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.8010771418132018) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 327e1dc49f3b51c7eaf47b48650fe4bc4c6bbc8c24dcb81e50c129c0c1d4c844
