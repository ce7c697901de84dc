// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6489315920393891) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 66c298a6a49070f7334e7570125c20bafb23b2f1e23bec51cef72cf50a74c27a
