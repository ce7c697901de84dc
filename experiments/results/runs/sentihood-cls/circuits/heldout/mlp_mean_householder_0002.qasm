// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5044692766857388) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c95e2187f7763af653229285c1c94a417174ec474ea4ae111ddb771bc98a05fa
