// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6433803348160063) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aecb02cd8478652d6037a4f4dede74bf2aae50f216ae34a8256dcaae7a8977af
