// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5472572887906029) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3f82ce561bd7c2a0b9089fe08793c00d2c643f09f6d8416e27aee5b290f5fc4d
