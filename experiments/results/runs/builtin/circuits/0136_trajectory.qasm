// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6713438389843926) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dd586ecadb3e7abc3738c2b14eb3181843978545682b25eea11e9443ef78fd2e
