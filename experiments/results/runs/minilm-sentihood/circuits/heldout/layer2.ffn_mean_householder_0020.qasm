// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7727459086453703) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e49a71bf42c92ca209192028c73cb4156bf6f81dac0703e6b09e7aa50c2a3fa2
