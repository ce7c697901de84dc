// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7198200340412695) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6392cccd3f2f8a7c3a63b5fd67a73d63d0b689a4b86ac3e0e3a86bd5c91203c1
