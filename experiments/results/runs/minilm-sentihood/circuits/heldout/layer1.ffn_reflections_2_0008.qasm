// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1715262993129754) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 db6baee13e1f7400f22049bee2cd278c51db4f45624a55e8518d687d722986d1
