// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8880586159225653) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad071b0d72e04c03621f4448b2134e1c416b52df595afa2f99e3e8c8617de8c6
