// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20124838495833064) q[0];
ry(1.6245534457935331) q[0];
rz(0.010961272049967441) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7539e65f26b0b01e691e2122236a170beb4dcc05514e574272a93b9c43f3275b
