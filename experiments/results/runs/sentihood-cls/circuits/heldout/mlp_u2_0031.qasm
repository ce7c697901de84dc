// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.13004988688341168) q[0];
ry(2.0143224479477513) q[0];
rz(0.05606587720261835) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ff6fd77f4b4d1bc0484603459e9ee6de32b3c7400ca31e029bc90c31fe4ce724
