// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0263472583444058) q[0];
ry(1.5154326912489633) q[0];
rz(-0.09113569354181017) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 53c88b108f87d9ee1284c8ac9b5e24441a6355257f22b765b67a027948ba0cf5
