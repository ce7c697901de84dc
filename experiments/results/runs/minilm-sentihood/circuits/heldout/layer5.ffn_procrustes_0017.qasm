// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.08789259585867) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fde4c0004d06e9d8a9ca20bbb3cf2bba5f2733992734a33702453e34ae67367f
