// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5380278597715957) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ca780b6d1daa3c40ce28acec3cdf77c4644145877158c4f1975915f4182e157
