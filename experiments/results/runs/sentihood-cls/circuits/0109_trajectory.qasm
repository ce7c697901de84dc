// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.1769444155224358) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 92ed80de5d103684237f00145b6d2763f47a8462d17c381cf8c7cc65f6c2cc5b
