// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5153346883801397) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c2d5373aa94d15a54dc7305f543fa77cbae888f0df69ece56a88cc87532bdb5
