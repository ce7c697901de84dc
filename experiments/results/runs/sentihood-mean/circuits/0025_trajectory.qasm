// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1137827674366383) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d9f81bce9a39a1ee8920f3f426cd94c0b78d60faa3e0c8539ed016e73bf831e3
