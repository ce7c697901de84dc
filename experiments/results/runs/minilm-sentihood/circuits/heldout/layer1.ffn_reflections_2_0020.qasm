// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3733908475202865) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3566380ade0fa572826231e03f07bbf0fa51659d73145d713e8475fc040b0f6e
