// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.31107836082768675) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b99755ef0c27d46ec187c4f216593b772b4c02741cb1a28d4ed4fcb9fce27b76
