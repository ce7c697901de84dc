// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.024011404849638) q[0];
ry(1.565710599108555) q[0];
rz(-0.008354967349566422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 045cf5ca8e0831071d79677b02cee31fba2f80c603412e4879c8e7f22df0e51d
