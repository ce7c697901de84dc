// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6450060759989946) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b988fe39c1b3ecd2e0dea8633f6cbe002f0d0e3bbfc7d5df9d93f8d872089f89
