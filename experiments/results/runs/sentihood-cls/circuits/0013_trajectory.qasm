// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5081354830168727) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4af628bbada1453b03be5f7d4c228e9ad3837a61a2b925d8f5495b12d94cf7e5
