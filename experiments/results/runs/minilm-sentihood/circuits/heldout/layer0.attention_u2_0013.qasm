// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29722951128759423) q[0];
ry(1.6887222987223311) q[0];
rz(0.03602185800306623) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f5b0f7c7bca58ac5c7eefce62f2d327085f78fdd8fb3b218306964ed081d3b7a
