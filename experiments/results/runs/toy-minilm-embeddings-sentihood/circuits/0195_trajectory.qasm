// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8303654177490682) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 91462829f7f686fdab83021535e9ac492035b9d739db2081af94b3ff8c78a72c
