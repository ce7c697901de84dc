// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.412024760921483) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 307a1e46c39f6aea9f7b07fba69fa9b3ad221babf287471916a65db13e659a60
