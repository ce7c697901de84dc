// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0023315003970055) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a49281596ef7f62538f5b13df53fffca03d025d8b85ebc1acc900d7b275e21b2
