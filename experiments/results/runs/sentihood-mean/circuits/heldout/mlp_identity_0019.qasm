// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8049690230988924) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7dc15d3a57b1c1064b00f2d25fcf3cc6e56bf98b9cee0fae96830ba9b2622b76
