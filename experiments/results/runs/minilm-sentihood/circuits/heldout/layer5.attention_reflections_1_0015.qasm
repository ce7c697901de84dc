// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.038465846182332) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0735f7f28eaadae26329059194423e7d98c3063351e288a6de16a377b34ea806
