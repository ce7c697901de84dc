// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.33172781890282105) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 de2601c4bce068afc82231d1e11b2c4f839393643b1d3542d30b436e98ccc7b7
