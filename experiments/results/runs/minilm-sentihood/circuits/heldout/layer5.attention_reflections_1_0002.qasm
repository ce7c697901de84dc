// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.391856490981703) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d6cc36b78b387a4bec26fee5bd3501ecdda2a8873b1d2a30a85f6246356effba
