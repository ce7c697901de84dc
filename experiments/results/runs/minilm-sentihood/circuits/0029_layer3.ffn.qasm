// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.223615697768609) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 07c7d4c7b2586eccb0ddbf3765efcea1e06ef0845e2eb329bd9a986e7b2a039b
