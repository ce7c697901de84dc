// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2717155304035614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb5c3c28774515734a8a9f3b75255baf4ae83672d91e5cad87c1b3b99d6240ba
