// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7156401782198043) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7ff13cc1fcc6b4b98ecb5d14e0b02d9242e4509e55c296017344056607993de6
