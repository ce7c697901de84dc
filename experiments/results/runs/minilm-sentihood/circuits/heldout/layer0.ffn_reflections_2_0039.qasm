// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6463583368509398) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 01be07d1766edd238ce273a7c36bea21103e4b5a5dffa648af2304db0e890aea
