// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.1692632045088622) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c3e3f30880573ba998c14f9b418d73fa7b4ae28bdb7fa6ffd4b1b7c12f0401fa
