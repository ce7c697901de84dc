// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7960807791203101) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a93daa7f8a498c1d605c3ac4be98421804078c3d66a1eaf646047323719065ba
