// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.08300713090065015) q[0];
ry(2.601474986779015) q[0];
rz(0.07123413976985216) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bc103bbeabb894ee4091521139cee959fb6ef665cf7f04a920cc0fcd2c2a3f85
