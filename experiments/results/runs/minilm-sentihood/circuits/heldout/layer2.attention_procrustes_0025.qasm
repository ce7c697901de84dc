// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5979335882511018) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2c51179efeb80aac36d35ffbabe236f00e20dbaef1f54d0064b4de87869e71eb
