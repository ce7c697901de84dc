// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.506711891035414) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3bfafb59566534705305795e31d510b0ece924193b94063b22ade501c861dc26
