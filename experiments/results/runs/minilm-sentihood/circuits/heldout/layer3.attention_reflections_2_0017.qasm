// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.172119671922564) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5c1022a35f4c36077a1f04ceaf7bc47ca6fa39b486c0dc9274497c9484ca0079
