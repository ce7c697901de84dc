// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1188112063947613) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 22eceb0509ab53a827f9575b0fe8711bba6279e22ad8d5964f8a704cf08603ff
