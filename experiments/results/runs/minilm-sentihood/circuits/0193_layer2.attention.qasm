// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.8027596178477976) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1fb9c1bd0eff93efa00515ea9c822d5eb5c5e6d5c2a5cff9b79e0584a0a494ba
