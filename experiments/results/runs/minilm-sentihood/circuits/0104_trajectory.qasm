// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9914586790233066) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 db6b2170bdebfe9be913ea78e6f4bb27c98ffbbe4874210c1a70b9d757747558
