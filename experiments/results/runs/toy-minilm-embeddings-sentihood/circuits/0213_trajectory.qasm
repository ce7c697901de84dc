// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9820679107616566) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 27d480222a5fb2a98e1ad9fc698d35a0f84f18759c93919268d967294b93ac15
