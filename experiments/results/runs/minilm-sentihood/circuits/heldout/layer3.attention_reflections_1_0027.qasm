// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1050079812144873) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b2fcb939388fac2530633cf5178c05ae9d5fe7fc8cf4a5d3f0446d6d5b81e23
