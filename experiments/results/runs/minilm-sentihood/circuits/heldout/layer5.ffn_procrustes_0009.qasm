// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3908595478180772) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d2e4ccea6d904b64e2db9f5622e9f566ff3cf8613501144b2541df477b2b3f5
