// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.21160778714312609) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f1519f7c493000afe6950eaddfc0e04f06ebc44d9e0f4f78b3d11f7144415915
