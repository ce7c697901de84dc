// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.426842755660841) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3fe4b2185db2e708d1f37c795e20233c8bf6d14f0d62f666a9b358a1802de06e
