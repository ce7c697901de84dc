// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1191694246584873) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 205251eea6a59aac25a5aa96d181e776b8d894ac97786eafdd85a12290449ebe
