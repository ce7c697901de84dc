// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10385943503871342) q[0];
ry(2.0363123773470067) q[0];
rz(0.04675509526920152) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6f69a9435db639bfbc344bf29723f59064d4ec68e355b7e03b7f8ec82ccaa33b
