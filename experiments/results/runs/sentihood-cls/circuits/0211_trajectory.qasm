// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1948072118301858) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae18dda6111dd6f175b00aee0879ccd7ce251bdcaa98cf039ff5a01a4af9e6ea
