// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22853324019470111) q[0];
ry(1.280287277608035) q[0];
rz(-0.06652668156197983) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aca85bdf0e34ade06b2080760055b36ae9f239d0261ce479ae6c121b08bafc86
