// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.082756616975355) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b8498b7a941e0c3548ae82c11d78297322a7a02a2d7ab4967de5fb744da84176
