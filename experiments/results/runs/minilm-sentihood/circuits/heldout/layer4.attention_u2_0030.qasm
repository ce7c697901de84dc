// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2187565545853345) q[0];
ry(1.9741103158229805) q[0];
rz(0.0870309203859323) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 034c14eab16ba8f8659aabd5be58a4a156d04869b7d802244e972732e4f1de2e
