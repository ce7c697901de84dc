// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.637860159087295) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c94d7c9edbe3faf0f8390bbfd3ac04df9d2be3c6b65b5cd2763fe3a84944ff7a
