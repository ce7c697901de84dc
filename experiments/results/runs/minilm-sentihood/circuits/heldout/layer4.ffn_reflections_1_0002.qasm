// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3275209727303765) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c54020f3a7b79b52ddc7b30e923d885723884698b7da1632350818e167c7e57
