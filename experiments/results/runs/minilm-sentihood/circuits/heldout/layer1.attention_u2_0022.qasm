// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.40887113681272647) q[0];
ry(0.8207705452985352) q[0];
rz(-0.28719013912079117) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8edf28192235b88706b472605515827d1806de23b28d00d0020c88239dd9b060
