// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2755519505925439) q[0];
ry(1.6502955652991715) q[0];
rz(0.022450537812300553) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3fcd769d1d3e85d8460d50b057639701e045bb291d205c930504b63eee504c71
