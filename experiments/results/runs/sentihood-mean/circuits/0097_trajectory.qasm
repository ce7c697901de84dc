// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.246841358446771) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c626bac48792b5d8e697de129ad9e80a4cfb54b5c7ee066daf3bb121184b3e4
