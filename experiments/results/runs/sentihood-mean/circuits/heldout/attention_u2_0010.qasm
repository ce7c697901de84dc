// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0271867684235918) q[0];
ry(1.5069246164292944) q[0];
rz(-0.10522524288963497) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 162948042a0a9cf94598870170b6f408b7e39863a3d59c122d32d152334bc451
