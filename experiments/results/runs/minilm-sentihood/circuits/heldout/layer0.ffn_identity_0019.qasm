// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8806345993183409) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7d2ed8a59b048a72e0d8f00ec344ee2c50cf7a70335eed397440067174b4794c
