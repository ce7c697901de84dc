// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8652704265282112) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4590cd0607b8f80b4eb3aff3ef517226ba46d8d8d44bafda1a8767da44e7f7fe
