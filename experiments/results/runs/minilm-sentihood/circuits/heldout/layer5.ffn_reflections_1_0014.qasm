// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8715649413065627) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a25489d061b87f915a86f900c50869988f1c10567fe4d40f40c7f6881d571346
