// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4613666366060123) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 443068bef58c85eb08f1cdbd89e04091067e2ad5d42b0ae17be91f81adc5ffec
