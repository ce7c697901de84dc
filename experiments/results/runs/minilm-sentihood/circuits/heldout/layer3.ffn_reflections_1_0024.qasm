// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7996257339431676) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e03391f74d154dfbc8a65a10cc7d5dfc896560d714b580bfce1c553947363ae9
