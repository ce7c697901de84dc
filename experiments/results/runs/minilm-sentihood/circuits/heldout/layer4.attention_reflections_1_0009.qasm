// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3786021565662792) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a84b3190507efcfe97e1f49928a40551762a2016153fa0153def3c85845d1a1c
