// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4475984792237284) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf5145bf96b6f2452c8b659f1a2f1aa9d525e297450e6f74fb7df0974826349e
