// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4728967400142174) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f63881cfb6b5c008b90b91cc8db750e7c0d7a083e363ca43b098ce3fbc567a7
