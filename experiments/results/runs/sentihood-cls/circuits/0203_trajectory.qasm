// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.808781408151791) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 545b1654e2a66b82b03f5321b4c138ccfac8421d946afcf25c2d5ef34037722b
