// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6742579936957065) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c3cf8da763e3fe5588186f9f8f47fb2208e67393b44627c1762d1f3fb323c98
