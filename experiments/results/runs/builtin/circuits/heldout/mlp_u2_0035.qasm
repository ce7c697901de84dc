// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.06394519851626468) q[0];
ry(2.411124804344774) q[0];
rz(0.04765927834220962) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 52c3722fa31c89508230d07c72e0fb70742edcea9611af33fd7ba4354aaf763d
