// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6906602344576878) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bcd7f327e0af377c84b69d49a7bd1aed5f82c313124e8e3e660b019943c31924
