// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6333193903905138) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c1710022f0bf4312805cea73e75f0990eb474db9855c4699bb1ae6a409777a9
