// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22235333978580352) q[0];
ry(1.988848478637593) q[0];
rz(0.09153249584139767) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2963d1e833a8d4de2d7dacf37f26065013dc48b00c15ee9c845449b10e4c7ae8
