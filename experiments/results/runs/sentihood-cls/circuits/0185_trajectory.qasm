// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6290283293868824) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e13f1af9a5192a0c84a0c9c5b131d93e806cb4c8d84120053f5e144b71d7d787
