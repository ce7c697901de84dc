// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.18541562481255391) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 40af04fb72fd95d0167983ac9778271fb8d7fec6ad3a4526990f2ef1f26ed571
