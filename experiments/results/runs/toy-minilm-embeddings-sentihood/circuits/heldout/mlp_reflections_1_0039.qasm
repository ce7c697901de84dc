// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3651508734307367) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 09780c43ba486544b14a2768d0bc7401cf7727da2d12437da33c7239c25fbc9f
