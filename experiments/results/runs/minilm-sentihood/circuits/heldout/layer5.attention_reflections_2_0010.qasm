// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.295508426151153) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0143438117a5257e003db83f06e1a7578d9f74b5b3530df7bb940ab33a42366f
