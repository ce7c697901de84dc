// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.958682883408898) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa8c52bf76d93a85b1caa17b53c9557aaaaec85613f5f29c2ea3d6aebe90492a
