// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.673308845536619) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0f0e7a1c4f2cf3ce7bc2dcc097a7d50fb01d7cab8a27219b76d074c558c61ea9
