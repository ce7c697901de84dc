// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8175817568155594) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e2e7bbe8a6be9404043f932f5e9ecf9b23b2d92cf9c1804c0229c47b36b474ef
