// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.64575479989812) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc398defce309baeafeec3b153821672995d4695b7091a26320161eecb04f8f8
