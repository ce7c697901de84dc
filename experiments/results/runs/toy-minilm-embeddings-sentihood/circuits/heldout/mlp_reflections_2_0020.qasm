// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9334668399830908) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b6f2014abf9ad6d5cef41583a355f90853b0b1dbe6ce0ac1c8f6695ce7f5a5c6
