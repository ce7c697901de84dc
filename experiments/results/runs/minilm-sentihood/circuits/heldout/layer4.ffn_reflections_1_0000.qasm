// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2717249941376032) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d3fd0e3b673548e76fcc5116c6161577e6ad8d0441da62fb0c5c541b511af179
