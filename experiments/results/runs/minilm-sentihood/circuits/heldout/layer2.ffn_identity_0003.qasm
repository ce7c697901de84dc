// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6493639749001177) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 18b2380bedccad47e57decd8ddc20b8bf5096c178d97389d1557ac036b52e498
