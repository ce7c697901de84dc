// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0267592187558998) q[0];
ry(1.5128413304424468) q[0];
rz(-0.09545971750528892) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cfdaf0cfbbd7ae21d97210f3fb106fff651517a5dfab0c99cb1e4b823a63d241
