// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.710025359065137) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d5c23eeb750e5f11e9c9dbb07e8eb731c2cccc5568622e94af2bd95e1fbdb30f
