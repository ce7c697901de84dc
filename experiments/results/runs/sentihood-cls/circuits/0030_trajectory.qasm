// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7695461431512065) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 99c6d998184e95b1264a7a1f68707da4353c5fb7a97a5fbf633b4d3a94a6aa06
