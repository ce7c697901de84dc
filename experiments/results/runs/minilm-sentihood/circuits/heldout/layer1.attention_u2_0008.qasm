// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.37990010279751596) q[0];
ry(2.23979459173572) q[0];
rz(0.2427601473807144) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0225cacdb24f7b1dfad9a173f1270c50f369363501c20f20ed81c4af9188a72c
