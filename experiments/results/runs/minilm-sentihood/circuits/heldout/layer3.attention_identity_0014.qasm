// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.998925202963782) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a47e81aa8fb844a54161dda9d5cea6e9629329f679d870bc31a4288f1269dc56
