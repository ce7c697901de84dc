// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4576808208684318) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a3241217e3e6ba9bb444d0f6212f2328430d9dc11ee8ca9cb029690a2b285e6
