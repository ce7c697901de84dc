// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6688743765662335) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3da5fb1a4d8807516b0b15ee474c5fb894905dff3c511330d49de64cde9b1ecf
