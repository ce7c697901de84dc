// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3076946335544344) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d64f40bbbcbc08ce40fb2a95393087dec280586903cdbbc37c517f68dba24d88
