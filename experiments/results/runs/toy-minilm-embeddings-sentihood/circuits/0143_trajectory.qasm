// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.027029597035269) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e185f0d9ebc75962934f9f98cbf67798b925ad591cc1d005b76efa5c0d7df998
