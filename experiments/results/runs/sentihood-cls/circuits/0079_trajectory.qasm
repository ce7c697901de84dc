// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7768353103473703) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0f55a63af4d5c9787387c1b7ef71d4ff00c817e81832802b442d2507aae19270
