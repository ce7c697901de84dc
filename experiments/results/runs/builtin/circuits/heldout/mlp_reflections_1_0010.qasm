// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1223338342214504) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 582c9f67476ba57ce79686982505409bed01e766efcbb755078cd8a7c2f60be5
