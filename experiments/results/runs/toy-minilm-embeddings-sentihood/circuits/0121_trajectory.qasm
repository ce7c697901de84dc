// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.97198066848623) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c970be2462b210fab6762aac471ed3bf9fd7e8c95b980c5124453f1124df1878
