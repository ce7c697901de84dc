// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.836731079825962) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 716fe28cfa3c039cfe66b597cfc0a62ac95fd3ccb3a78e1f751f78c25cf11e94
