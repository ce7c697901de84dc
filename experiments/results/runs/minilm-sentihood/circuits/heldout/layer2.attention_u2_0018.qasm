// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3084132029038731) q[0];
ry(2.036516971025544) q[0];
rz(0.14209894045815652) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c37ae7da9113f74380779d81273a48561fdf2b300aa434c53316d53d308fcb91
