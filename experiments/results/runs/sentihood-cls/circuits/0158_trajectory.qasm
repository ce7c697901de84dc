// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.16954041305712492) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 986dac82613b8d5c23351d3b14602828c046504960f275d8c0ea5c6651db0231
