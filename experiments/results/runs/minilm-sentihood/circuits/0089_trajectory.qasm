// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.235997925285896) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b68662cc1da1b0dfa06253dad0e3c4c0fc2f701d4ce1b754cde97f6bb1ab2db1
