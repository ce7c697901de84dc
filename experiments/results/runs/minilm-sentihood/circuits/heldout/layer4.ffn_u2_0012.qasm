// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22591324685370973) q[0];
ry(1.3212225805245492) q[0];
rz(-0.056706709538502764) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 17b9b134809a8f7bb77aa76001c1a0f507a8b008d9ce86276d1be4680b5c8809
