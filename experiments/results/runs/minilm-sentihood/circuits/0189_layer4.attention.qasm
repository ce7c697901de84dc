// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.369552553113074) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6f93fb7f22c889b82bf2c6cfd1d60fc9903cac63a9cc6a1377060cd0af7d0b5f
