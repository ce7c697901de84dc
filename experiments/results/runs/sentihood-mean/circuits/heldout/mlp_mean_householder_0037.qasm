// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.9841491640017592) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1d2b5955ff4a0335103c4f887ca76effb6e14b796ba3db4bb6a711aec09f57db
