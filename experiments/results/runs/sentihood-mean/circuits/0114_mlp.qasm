// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.20854163682940485) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5b58fbfd2e861cbb46a436e6fc5e44951ea9b6cbdd39ea826abea353ea34e5ec
