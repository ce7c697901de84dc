// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.607972941284209) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f5d99e881867f58e043f54949b9c78e559ccbc23b674ef8cb1d24ac070fc7ce3
