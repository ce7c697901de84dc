// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.472896740014217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 31c34a8de5fbdba0d0667919bec1715683bc70b072efc6c883b69666341cf327
