// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3908341235735193) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9069ffc929a88142809254af67cde552c1d0f72fa8860a410d06c64b1faa5e6d
