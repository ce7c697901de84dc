// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.060412454498104) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ff8ffa8c08701f251d38f697837715930678097715c850c670e1443fe3ff0dee
