// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0310460592794297) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 12b475ad3f6ad16528fe2a8c89031ee3e093fce359f26147cd2f5a5b6c37ec62
