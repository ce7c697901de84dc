// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5351267343991166) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0d1043a353568f80ac33665db9f6a1f9cfd40a063606bfe30b42ab3196f01338
