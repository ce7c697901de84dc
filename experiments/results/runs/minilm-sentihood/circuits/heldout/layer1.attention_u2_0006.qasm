// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3550810085758518) q[0];
ry(0.9912352587605796) q[0];
rz(-0.2003453723174422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d5c793ec54f731ab4ade00b16094578970919c110333ed5b701fdfeb20db09c0
