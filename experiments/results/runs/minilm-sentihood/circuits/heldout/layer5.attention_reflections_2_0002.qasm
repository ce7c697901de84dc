// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.391856587582907) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 47b0bfefda57fd762956f87f26a053a4be0c8d29eccc7fbd6c05daf10c95a840
