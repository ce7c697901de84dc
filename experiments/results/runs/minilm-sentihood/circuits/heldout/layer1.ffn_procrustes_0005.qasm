// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.314189805374847) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c6cc2aa1753cf354e9fefd9c53b5ceda32fd7e699ebf0a02f37a8084bcb66061
