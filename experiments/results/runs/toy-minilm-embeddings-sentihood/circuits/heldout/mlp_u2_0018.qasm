// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.7440253375849148) q[0];
ry(3.012323011134734) q[0];
rz(0.7398518176060773) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f1cdbd815348c19f37dd6a30d0e93d0bffac60b2ef5b65ddf919172cb0b7e9d0
