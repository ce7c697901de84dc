// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.744162147613167) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c250b1ae06d8bdac59ff2ddfd26821a51e0db8a3b22dd07439f5b8919611fb7c
