// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.31518701636487373) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0aaab20e103a4d84eb35ee8d65f2efe69f20e1b1ea8bec03835c4a1d692a9783
