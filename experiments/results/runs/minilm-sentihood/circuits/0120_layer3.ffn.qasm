// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.057685367921154) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c71fa2842f0ee6f7cd7d9612f4471553d7b09e3ebdf94b28508d2f5e6c66cd7d
