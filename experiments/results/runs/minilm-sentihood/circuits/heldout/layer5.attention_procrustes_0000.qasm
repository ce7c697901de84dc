// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2519277292422266) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e57269fe3b1e491cc8662b9cc3a7dd1a2fcec5e269b9ec1e1957373d1d2fc5c9
