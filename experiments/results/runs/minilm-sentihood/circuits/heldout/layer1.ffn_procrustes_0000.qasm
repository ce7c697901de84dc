// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5350413773073692) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ed501717e06ce5f28de68200c98ee93e7281829c79b88899d929b753d47de4a4
