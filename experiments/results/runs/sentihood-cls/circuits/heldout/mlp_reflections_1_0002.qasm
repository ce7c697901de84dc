// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2042382905590208) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c0c55fbafc6583180a80ca7725eb9bb9b1a5aa721b1e7044903a46df40ac6f4
