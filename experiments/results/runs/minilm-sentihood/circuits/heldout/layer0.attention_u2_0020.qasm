// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3532421552964564) q[0];
ry(2.142997489972094) q[0];
rz(0.19705795599546816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6d03c9ebc78510f058005751f4425f83f24d4206a1fcb93fc32405a4e44288b6
