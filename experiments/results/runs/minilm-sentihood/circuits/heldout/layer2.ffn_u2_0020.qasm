// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4986956856576281) q[0];
ry(2.488624898284346) q[0];
rz(0.40826940307349524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f877ea3cb088a1079bc3f4a68bd16c41521ca17df8b730240f164c0b05cc2268
