// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21082898575503295) q[0];
ry(1.8435513771908025) q[0];
rz(0.05758727777423056) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7512f369daba2da5001d74f371a59046e1e80a9324f20a58c63abe518bd04957
