// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4270979747534422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0627e722557aa541e3a686e1ae8b5a563e271e898aec6551587e62b9e2b45b73
