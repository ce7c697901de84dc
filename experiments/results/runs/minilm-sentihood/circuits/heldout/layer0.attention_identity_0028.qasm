// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6086054700339772) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9f2a88793d4639a230dffea08c40b81b0b15818c4b31f0b518643f35a1b7c89
