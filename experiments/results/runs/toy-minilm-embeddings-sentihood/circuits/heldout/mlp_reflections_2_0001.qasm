// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0350935032031496) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5548f31a7f0354acaffeef2c9e09e8a33dc89ad4b69fa52ee9c5e22e7012fc02
