// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.14330020144055) q[0];
ry(0.6577463656842454) q[0];
rz(-0.11369401005219704) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 341b8685e26453082b56e6860cc62f9fc71a6e1331396f7131be2a3610ead6b0
