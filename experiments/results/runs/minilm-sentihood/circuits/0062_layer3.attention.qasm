// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.555957931059781) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97fbac3c9f13e17633a97b84ad2f0a59f61b09ecddc08b34b8a5cbb5cf15f8db
