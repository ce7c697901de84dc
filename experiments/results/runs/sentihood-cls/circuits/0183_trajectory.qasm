// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.19424169191592125) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d94ac30b6d60874ecba2eaf33e213abc6974f4acf1692382b76ffed9307d9192
