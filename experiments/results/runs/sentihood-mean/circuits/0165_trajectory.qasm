// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9736621412820752) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4f044b41fc336047276227c833240a94a625597127edf75c5f4d3095a5d70f76
