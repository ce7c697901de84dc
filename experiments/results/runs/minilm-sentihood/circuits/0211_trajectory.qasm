// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8274086545532624) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e590489dab0734cd1a9390567334677f019053fb5bbca6afced9f487164b2f22
