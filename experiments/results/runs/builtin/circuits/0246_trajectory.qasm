// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8481954561682385) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98301b1021a6502fd855fd9d40cf6e87ef41d1f70524cba6099a1d57f1f15f94
