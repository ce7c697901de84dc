// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.080918873790253) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2c6958c687139f5be53d5317f5243bb3d25d27cffac16ff350dd36dca05d20b0
