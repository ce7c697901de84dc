// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0398689667346126) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e059fc62b6367ae8e3395d043cc80fef648571c654725da7d06909a07f2ddbec
