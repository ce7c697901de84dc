// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23837007738202054) q[0];
ry(0.37873924233146883) q[0];
rz(-0.22204678073255169) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 43eee39da771fe2dae15aa025771cb4e18ff25a223e83032fd32772ecd1456ea
