// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7626990858395524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fc8b3c924d3a3f937289a7fb020b4b77d04a0d5915e6a97433ab65d18369e125
