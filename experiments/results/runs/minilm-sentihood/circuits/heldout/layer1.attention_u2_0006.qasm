// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.355080812349879) q[0];
ry(0.9912351288528491) q[0];
rz(-0.2003452936261212) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a9187ce550e29859a331c69355f82614d70ab904520a409011210b6020afb54
