// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9757090107972317) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5fee73431d184e250f5d5dbb94e9feb63e2a3b1d0c44997f3ba0d42aacb84882
