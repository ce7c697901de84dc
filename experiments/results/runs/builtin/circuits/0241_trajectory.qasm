// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0591407317413488) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f58fa60b4e41e9b03dfdba16095131f8bfe597592ab5ed63d8c6bbef30dc2be1
