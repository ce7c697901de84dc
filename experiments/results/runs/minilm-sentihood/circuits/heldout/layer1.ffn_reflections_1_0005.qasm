// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3142768896920822) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4d0cfab5eb0e917c3075cb674f6c42c75a003fcfe96fc373fc9f85e7ab6b34dd
