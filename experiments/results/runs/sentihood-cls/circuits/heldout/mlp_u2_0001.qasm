// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2412906133099879) q[0];
ry(2.629274885374836) q[0];
rz(0.21128897559910786) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c1f7d005b400a84b9893b891ee4f3df6a37c11c17ef59ec2e581698b13c8b405
