// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.886547424596392) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14db574d29c2181279d6cb816cb2bd03c983ecfe96f273eb0b6bfd7f38b5c68b
