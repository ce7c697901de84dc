// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1680668132399417) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 deff6b4e3f4645867beef15401d704b4466cbf7cc4fc3ec7673eb885fee07097
