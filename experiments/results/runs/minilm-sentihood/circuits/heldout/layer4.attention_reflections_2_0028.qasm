// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3751042372480242) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d07a29ea487ee37650b9379d17a3f7ee26727285ef09b226cc496224e6e37e9
