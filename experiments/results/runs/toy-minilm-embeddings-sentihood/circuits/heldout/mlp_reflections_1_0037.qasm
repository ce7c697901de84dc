// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.087787009757573) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f5bbbe497b1f22b9348b2de869a26cb046a88f0490d242ddd7f26034ba1634e1
