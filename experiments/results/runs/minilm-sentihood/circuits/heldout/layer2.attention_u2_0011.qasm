// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.334769411879408) q[0];
ry(2.170507282242188) q[0];
rz(0.19386905686723344) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7afe094723118a3cb83314298d160183a65bd4dbb67b4a3c1c6041ccb8226328
