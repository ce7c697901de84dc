// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8747951306074517) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 52010cf0a2adf099d7d8152c0146ff4c5c382ea1071ea64db9337a0e42ed76ad
