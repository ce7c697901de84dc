// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.566432466182638) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 448548073c5ec087e1ddab7fa3d0eca9c9fe726fe2e3a92673acbbd6f7549e49
