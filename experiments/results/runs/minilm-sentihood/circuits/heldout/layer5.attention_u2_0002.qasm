// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.13569713276703244) q[0];
ry(2.3872664000554997) q[0];
rz(0.09917204732910889) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c52b98faf3208706901a7ef7cf5666f301167dd2c4afe654c68480005486bc74
