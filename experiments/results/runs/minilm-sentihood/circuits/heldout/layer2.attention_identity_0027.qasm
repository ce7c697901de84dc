// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0954750276199363) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a92dcc6935e1390cbaec9977189e532214648f839d9fb441110e0959aa03326c
