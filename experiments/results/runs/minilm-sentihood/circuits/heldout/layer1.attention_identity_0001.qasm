// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6358087340354217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c36549d99706534434c68a157ce69828f51581cd5dcc33f2092a931686de637
