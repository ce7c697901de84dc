// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8196852787146156) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c9cd0a83051e4c2692714b2da90377321084b402d01363adc3257ae70f5fbfa1
