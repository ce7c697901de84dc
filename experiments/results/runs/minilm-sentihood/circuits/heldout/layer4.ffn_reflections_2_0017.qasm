// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1760341702535555) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f321b54f7fb7a968a334a32373d1be6a836e67a1cf79ac3d60ab2f14a8fa0a5c
