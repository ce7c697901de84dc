// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0262333154096908) q[0];
ry(1.5166920863611544) q[0];
rz(-0.08905289469917133) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 73ad6072e3628f2fe34f9c8fa811e86a688ec7f6a9d2ca97852c49e64fb9f369
