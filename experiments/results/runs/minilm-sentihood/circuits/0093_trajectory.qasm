// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0261236511296168) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4022ea65cdd45f1c602db75af80c3c153c8b7238b61d7f775e40f4c47f059af9
