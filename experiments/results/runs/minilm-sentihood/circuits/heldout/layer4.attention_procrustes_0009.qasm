// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3786117296297418) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 307e680feaa750f925e118dc78d2479e1ca482fe9452a459cecaaf09fe6029b2
