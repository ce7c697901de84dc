// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3119111599996973) q[0];
ry(1.2460377721808933) q[0];
rz(-0.1025221760163939) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eccc8ba539c6f814118b0fe20f9f3d677bfb87072c6c1f94b1b3e9d866762522
