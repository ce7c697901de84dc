// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0513493642961838) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4354f2073443cab2348a0b2771c4be3efe59f9f84595e5c9e616330b20913264
