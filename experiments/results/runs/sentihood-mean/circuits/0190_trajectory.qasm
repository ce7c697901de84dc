// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.007165194937681) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 53060c5b56b571c34e37743072ce3cec69a75d8b29a2a5ea9b44c80915ece99c
