// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8682618697811395) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 37c8e8048b072aa14ab26c94a154d98faf83cb08496fe885abdbb6078a9a427a
