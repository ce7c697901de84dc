// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.799629239755836) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b2b4dce8f4b1ef88b7560fbe61fe58617d93fec919bcb332eea4ba84a77e2e55
