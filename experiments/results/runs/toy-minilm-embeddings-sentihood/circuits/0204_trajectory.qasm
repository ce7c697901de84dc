// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.029066218140769) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a7d523db2e4edc94c09460666fb4fc404293278ab2170f7ab2fcbd5c288baf7
