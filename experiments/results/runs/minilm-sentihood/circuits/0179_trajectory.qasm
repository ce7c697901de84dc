// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4743183130695252) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad0d9526d6c037c45d68a858a8d953581ba4c4ee8eaa362f82c1226e45689a8b
