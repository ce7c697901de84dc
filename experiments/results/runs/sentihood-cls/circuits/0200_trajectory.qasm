// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.31518701636487395) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7bac7538a6e586cb2dda3e9a3922f86df41ae68d1d28692eca49e72438171718
