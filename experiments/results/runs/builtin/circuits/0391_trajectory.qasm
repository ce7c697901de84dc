// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0608428039668767) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eff57ea0c91cbd7c0a8477105eff1825bc0cc71a7832a95dc42835ad80e280af
