// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.313730450157533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 77bb35e4b5c01eace42e99256591d2be03a680a2f141ecbe8bd45dc32d738bfc
