// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.535237419757252) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2316fa42f84af1b861759290997699947446b4a3538101489221a81fb6f39fad
