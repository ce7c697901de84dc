// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5085984089691755) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e6948f7421b6e65b16e639b92395ea91a4c96559c9a8eaf1b5657c3eef940fe
