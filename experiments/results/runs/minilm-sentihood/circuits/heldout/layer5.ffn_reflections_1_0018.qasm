// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.407687202388696) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2a108742830fd8cc2cc4c4baa4e6896c8e3a22024089e4dd88ebd186d44e1bc9
