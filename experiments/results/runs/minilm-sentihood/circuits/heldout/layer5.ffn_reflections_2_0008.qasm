// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.212363229084317) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9533b76d17c7bfdcf38617e0532af928ecad759ef28c48ebcc927c0fed5d41e7
