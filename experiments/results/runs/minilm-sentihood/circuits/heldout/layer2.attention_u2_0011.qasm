// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.33476932951834604) q[0];
ry(2.170507295155034) q[0];
rz(0.19386901026183923) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8857285395a65917a5d47838e930d0230fc6be6dd8309bfc226011ecd7327e61
