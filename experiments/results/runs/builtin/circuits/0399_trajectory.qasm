// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5848938371525755) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 975d72d558cfdc5fea60ffb939825a8635bad11d3477f31ce2368a3f00735225
