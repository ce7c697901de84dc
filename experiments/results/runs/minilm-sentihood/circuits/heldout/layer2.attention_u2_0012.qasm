// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2921583618281094) q[0];
ry(1.2275494461377736) q[0];
rz(-0.10087772973573195) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7479cf980e35ff433cff11fd45f1f536d2aeaeb8780076140e4101a6ea718be3
