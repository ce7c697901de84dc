// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8217127668838475) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5f730d62c7bed0b8df8265cec0729003419e3855ed4424cd4112611f9f0418ff
