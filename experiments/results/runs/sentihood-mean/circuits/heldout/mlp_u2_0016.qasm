// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6419161208941249) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a8705525acfa7fd185a33a50ca176fc28e29b087932b221c0d2290162c3bde9
