// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6333192716561651) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 82db243eab422187366f4d113516b3956020dfad616e986bd551f38cd2d91da7
