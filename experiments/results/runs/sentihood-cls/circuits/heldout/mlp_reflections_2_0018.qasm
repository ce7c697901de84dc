// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7902633504492895) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e08d90dd8886bc8d59c6285dcda37ab610bddaf6259ebbad1b58d20fe733637
