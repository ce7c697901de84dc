// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.997776091629078) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bf9f0839d2c4aa50fc934546a012c2c84173aceef64a7bcdc5c9f6cfcea3e007
