// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3969195821546787) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ea814ab95155ebf7f220b678bb7c1746e58dc635f5a658cadc770e6939e8b92
