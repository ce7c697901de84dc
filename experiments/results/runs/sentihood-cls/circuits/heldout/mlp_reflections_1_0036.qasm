// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0597810539638577) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 298bd24aea943142067b62dd4afe7353937d51a0fc3cd069685ebedaff0d71a2
