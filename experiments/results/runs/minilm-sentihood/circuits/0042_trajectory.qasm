// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2978776606912117) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2448dde28dfd2489dc5e27cb317768c7b6b22215f4ad38d41395c4e44103ca94
