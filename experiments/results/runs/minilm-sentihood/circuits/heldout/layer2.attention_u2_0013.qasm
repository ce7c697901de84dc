// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29730637358848) q[0];
ry(1.1832319920921897) q[0];
rz(-0.11528093390780692) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ede3f1e1058e3901e0ed26d7dde01dc99c790363e871786a736109f46bc11d89
