// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.883971244282229) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76a8e60129683ff24e7e5d30c834d93a637131fa592a03040a67bbe6e3626969
