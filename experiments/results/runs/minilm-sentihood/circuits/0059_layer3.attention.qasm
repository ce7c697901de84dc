// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.6058248679945969) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b8f8a0c1a92a85a2ad1d2a07e69b2bf33ab6d055b16a023d7fafb03aa28f53b5
