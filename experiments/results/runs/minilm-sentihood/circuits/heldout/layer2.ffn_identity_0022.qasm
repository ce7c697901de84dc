// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8284812968222282) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c0e3b908a8f6b311b26e777abe0fbf01c2d8ed666f6c515ed186498fd5ef8f9
