// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.32075476941700165) q[0];
ry(0.8145360332633821) q[0];
rz(-0.224145548133317) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eadc7dfa87b8d9cfb47551add8cf0c31b85c6f005c63c0a2c9ef9212432e7f71
