// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3566499274977641) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6dfea8536cb04ce73c1731f1fb5d753d1e8d19ef243ae0ce99f1333e423f1512
