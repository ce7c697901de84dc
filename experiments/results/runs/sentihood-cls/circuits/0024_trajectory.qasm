// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.577669184471662) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd41eb5b539ef0f9b31a0a381e6df681e923b443fdb7a537df719e2c0159de72
