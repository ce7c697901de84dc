// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.407687227349057) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dfc270b1269fc312c1c4c668357029870c185f9be42016b33a22c4971e9f7d7f
