// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.7929514745831305) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2f8dc9d62c1d9688e636a109801089cbaaa6316034c1d9761d1575bd0fabb5f9
