// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5716172070883438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f9240d992e397ff5b43126a0bc1f6752557de7e9fecffe84e92b4675b74d8c41
