// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1920343327512044) q[0];
ry(0.4751119278346795) q[0];
rz(-0.17120292194805264) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 084e8b83eff254a114b52385b686b9c75f56455b951c4ab4b3169ca6b11705a2
