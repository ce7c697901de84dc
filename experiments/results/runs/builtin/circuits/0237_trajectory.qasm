// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.19186922309430268) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 94b74dcff796ea48f77ec4161dc437a724e6fc09dd0467efead0e2c5f80e3821
