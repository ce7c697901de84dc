// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.32696294312006663) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 39604b6f2fa565b682f410cd42c5fd1d32bf7e97096876af3e07cf8810c53069
