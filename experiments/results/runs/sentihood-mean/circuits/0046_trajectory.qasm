// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8949766889093356) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 91198d70c06fe523f74bc73d8f04f8401c91d26f959cb940f13a8adcb4713bbc
