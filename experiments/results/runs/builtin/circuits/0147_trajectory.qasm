// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.41220828793600045) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d97468fd74e13f030665cc70879815485ad7ab2b9eb7cc7b961aa861e19eda8c
