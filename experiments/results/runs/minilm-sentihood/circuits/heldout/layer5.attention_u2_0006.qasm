// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09321277052719612) q[0];
ry(1.4737827537018688) q[0];
rz(-0.00905471864182772) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 32bcf90ec0529df61e788beb6cf0a3a7f895073da6b8580dd14b6d1820c35582
