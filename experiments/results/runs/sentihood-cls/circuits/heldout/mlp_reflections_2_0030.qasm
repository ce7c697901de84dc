// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7929514758591534) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 491647d1ca6744568d3e18f324470a21c88f93c6bb7b4f1fd46e584f788b1dfa
