// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.068672389225455) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b40b52a31b2fdc47606639a44a806a11d616f1e5ec228a1dbe27768c607c12d
