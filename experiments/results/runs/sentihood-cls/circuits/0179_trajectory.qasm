// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3029808381582315) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fbc7f14bbcad36ce849434bf74ff46098ad2c4f9d1569f584636148efb2f2179
