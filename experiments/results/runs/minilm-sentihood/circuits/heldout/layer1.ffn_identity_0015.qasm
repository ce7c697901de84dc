// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7333437661579105) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c7bef5e683b969e5de47d8692eaa156fb4424a0d7ead277796c6e9f0bba4b369
