// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7004646308160654) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0cb4a3af6bbc024cc8a22fdd1cd2d3641c291f0fdefe057171b6ddef6698e3ee
