// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7801042259870825) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7450df2b3588040dcec304241e4b3a9e0a7b95cf4c3cc15c3ee9225cf8554ddf
