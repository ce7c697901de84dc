// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0363370148974282) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c512b7bb51e9ebb11e3b9651c267f00ab0843643f711b9d0b99196e0f02f8393
