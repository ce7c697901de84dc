// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5532510112321672) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ca7e8b604da7ef11f78897650255b79c3c98a8fd459225cd0c2cb45f42d11df1
