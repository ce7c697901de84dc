// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0291373800803094) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5c2181a918c750276411ec31db68c8360cbf94c71b7928fae5019cacfc6242ff
