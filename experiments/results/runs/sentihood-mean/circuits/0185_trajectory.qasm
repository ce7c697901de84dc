// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6290283293868832) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bfee9af5b6cde3f8844af411b020d336be70a9c5e0590be44a61bd6d5a57a344
