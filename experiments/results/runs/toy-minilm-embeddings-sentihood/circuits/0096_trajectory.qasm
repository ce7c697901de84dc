// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2658702177853627) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 512f7ff48f5810974ea25d3e22b013035fb031b5a8b5bdb857471b491d953ba0
