// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2921584348986741) q[0];
ry(1.2275494535324103) q[0];
rz(-0.10087775420687306) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eefac88970ce3163da6dae148ad25acfa7a59c2420f3b8671625663ce66f3e9a
