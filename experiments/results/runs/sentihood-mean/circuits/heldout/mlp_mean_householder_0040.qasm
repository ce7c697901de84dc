// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6882035854038464) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d2b01b287405a991076af964468778923f2a7c862bb168925ee8045186d7ca92
