// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.387763596436413) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b0b2435d5dd117b5e75c3fcb904cf21111e3cb5f2ab94c11e73c4895c261013e
