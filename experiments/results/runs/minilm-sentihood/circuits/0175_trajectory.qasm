// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8127371984421118) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c9842da5448d08136eef57fa343cadf20b938a966822f4eca7010f6e0660968
