// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5978813177785296) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4258f02c5c39b4007db7a5bfc235d26edd86c21a65153a682142ae8ea1937259
