// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.694904513249803) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9983ff80d6783f5a9e8b2246f3690156b162ea665fe196843d07e194a096d533
