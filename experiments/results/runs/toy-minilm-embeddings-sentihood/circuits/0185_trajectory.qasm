// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5146418866133637) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6902d15b8feffffcc70256e87d52f68f3aee69a14837c0ef6e4fa9d6aeb80ccf
