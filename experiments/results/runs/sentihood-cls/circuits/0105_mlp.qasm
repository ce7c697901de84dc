// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.3446485312420897) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 04380bdf1eb078ae2eabe487cae83f8ff4bddc2b2bcbeb43f55aeebbeeb9552a
