// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3363243451071327) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7302ee75c51c45244253dbb0d3ebcf7157bd1b8944f42189e56b38e9986cf787
