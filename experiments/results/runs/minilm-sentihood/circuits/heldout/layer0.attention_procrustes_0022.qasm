// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7739943566076256) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 be058bd1147ae4b147146ee89422e5e539e0c7f72f15ae3808b261a467f3a81b
