// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.8926051312134113) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa98941e7ffb7266387ea4346afd63a1a12bfbbaeeb67e12168d3a35a3d31694
