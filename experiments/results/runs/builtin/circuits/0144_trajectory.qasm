// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6920898662411032) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 75e662d6bd3c65ea3002271d91ab57ea3f3e9e985eb374b66b108b46290676f9
