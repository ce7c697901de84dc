// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.392696517853269) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bba029ab9694b5f66fd40073122e105790a08b6caee5c2ccac954725ee5cdc67
