// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3970493446311292) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 30c87f62f8cac6ee3d1c4be80082b5de3caa26092c57cf20f443f46bda5287a4
