// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.792349613978578) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e26a7b4398fe69a9582066d7e99d67de602e859dcae049bbd1d641be7385e76
