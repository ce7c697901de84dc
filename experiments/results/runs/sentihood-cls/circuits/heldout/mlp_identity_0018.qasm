// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7910120795837523) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9479ba611f69e47a67c2789258b884a7337b628cda3a8b221abb466d384b30c8
