// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.007129316403122) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4e6a8a7a684dc3217bed7a5a1e9f6b97cff5ad69337b945e90389992e93a2214
