// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4335682447255915) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 691d54d7b3c1906e4496a4fd03a1021fae875045b2d3cbb3ac6b2d08c3940698
