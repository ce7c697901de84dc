// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4845235844931792) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 71511fc3156a9de912904d7e1624e9c032bdaf35dbeb9386523d34a29c34983b
