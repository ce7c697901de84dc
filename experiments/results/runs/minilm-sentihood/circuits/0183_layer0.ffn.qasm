// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.654626953664908) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 db09ded1e8a4e6e3c1a002f3b6346c3524f4dfa75f3c9aff69a79d19d36d88a2
