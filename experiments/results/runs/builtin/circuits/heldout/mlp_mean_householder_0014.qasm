// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3956230683286389) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c9d55fb144004a6f02a865abbefaca4b2f03343c988cc32cc3f3fc1b661a4b2f
