// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.44188673103668297) q[0];
ry(2.4546015713819704) q[0];
rz(0.35065528818067104) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e49c85281ad8b0470ca4c1add961bbc90c41475c9acb7ec7243a4c5133a7f99d
