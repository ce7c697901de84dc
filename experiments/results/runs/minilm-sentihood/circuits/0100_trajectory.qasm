// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.014255934402887) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b3a257c78d74bd1da19ee3fd01af7ad9318b133f62ef3ae0f92f5f355c25f13
