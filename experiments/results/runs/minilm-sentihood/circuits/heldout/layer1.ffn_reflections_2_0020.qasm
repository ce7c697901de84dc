// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.373390765504637) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1f11fdfa4511720e1ccee13d98f9cb4c208f8b7b817611065d7eba7bc9a4c86c
