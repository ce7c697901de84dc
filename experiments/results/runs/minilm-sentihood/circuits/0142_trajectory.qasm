// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6307226028863728) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b8fec00eb1c4557aa56fc1afe4b8acea02918367dd05c3b292d70b675261d1b6
