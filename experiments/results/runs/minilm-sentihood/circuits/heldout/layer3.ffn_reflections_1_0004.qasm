// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1792601617722647) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 340d2cace33d9eeccac57e7ae01871f8a18b9754add5256b61ab46abc624d64f
