// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9169590501971516) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8e01a06668417473b7d603dd187670ad7eadbe08fef4a2667b8e2c1637e7536c
