// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.856093958391418) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1e13daf080b94d2b839bbdc2dbd230e38e6a2a2e86f42766e56524b611eeb7d4
