// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6988235667442948) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b4572841299e662d4ab790222792a23c68665c3a7708282454389ac9b45897fb
