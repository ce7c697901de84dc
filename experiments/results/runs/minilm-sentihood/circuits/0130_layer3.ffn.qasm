// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.5045138775991769) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95a6a72b6dcd1b9257b53bbbb307c724eb90ae9f82e91a7840684f70a3225ec7
