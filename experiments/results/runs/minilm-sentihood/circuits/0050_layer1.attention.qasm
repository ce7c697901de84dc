// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.611251663929403) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76b9bfd7296819d1eff3fe2f0707e50d1ad5ecbe7751afa5e876ffacf05a0b78
