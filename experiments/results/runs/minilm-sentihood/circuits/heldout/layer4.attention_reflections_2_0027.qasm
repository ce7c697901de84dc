// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0213641412860912) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d3a83292f5a5e52d603798b5fa2c75d9d9e698c800e1b999cb94774623e9b531
