// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.41747831417311376) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cf218e02d5e73d3c14d7b737165ba3ddacb381939a363d183814d68b9023da7
