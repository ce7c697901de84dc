// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3970495043198976) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2f36091c3d82a1d905fb8f5707ebe7f21227ae43711857638bd67e2a4b5945a
