// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.15440710275984904) q[0];
ry(1.2723742827385296) q[0];
rz(-0.04572995006792979) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0f2bdfb7e373a5c4e89dbc19b29f8d225f8892523173788279382852f7f37e6d
