// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6866503656114139) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e9cd5832d8715b88fc2084a7be97c274304058832a6ce415f151d3aacafa1733
