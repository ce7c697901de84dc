// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.042402468661188) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df264b88f1bf4bbcc68159914a86f3a5e208ac4e2a100c10275b60680ce00f1e
