// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9857306328561904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a0fc233bb9d27bc55ccf2e72969c0ca4e4c708c9c0e091b7596d950be45f911
