// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.12583220680429852) q[0];
ry(1.2036381926222068) q[0];
rz(-0.045378032539117985) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56d6782104556ba146549fbde709ee225dd31983577a183e6c19c3d5c14ccf5b
