// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.26010282698035203) q[0];
ry(0.4728926382898768) q[0];
rz(-0.23263534126907226) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0e71b275ca46c2de0677c614a4ab30409c649ed5240200139543d0faa481656
