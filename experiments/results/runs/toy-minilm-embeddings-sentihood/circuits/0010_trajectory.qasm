// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.183587260383844) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5c894d3c8ff2dfd6e0af9b8868b66a409e0f8074dfaf8557f8fab85a64018002
