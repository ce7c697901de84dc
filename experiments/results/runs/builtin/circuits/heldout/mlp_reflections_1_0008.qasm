// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4103346267170345) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1b51bbb82bcb5f75376ded43edcd4aadc32509ad218d84f158d9d129311d6796
