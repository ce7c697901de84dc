// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3257994078874837) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6cfd368dc32d4fc4dce1f85be12180fc33601fc4f0d22d93272e395dbccbb8df
