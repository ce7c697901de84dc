// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.0500611561568749) q[0];
ry(2.1217212518827524) q[0];
rz(0.026221692194128288) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d86bbcfd47636d47f2b2f764705eb60e76387504aac44630e8564e4da3e22164
