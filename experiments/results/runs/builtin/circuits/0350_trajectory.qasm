// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9073932913306145) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3042de86e65fc2fc9cb64530ce54258be70d9e672c3d2ab463accf5b161368b7
