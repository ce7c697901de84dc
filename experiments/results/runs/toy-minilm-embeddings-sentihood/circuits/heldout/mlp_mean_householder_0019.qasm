// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7148989043135658) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2522429961d1a79b9687eda25f508510d1bc5e19a1ad7d28114ba87c6b3e3227
