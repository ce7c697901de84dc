// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3662008783366842) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7fefb8172947d9fcd4294c626af5400cae64c0bf827cb4776b5e19c58c8b4793
