// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.928998713031477) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b17486c4b33098a1e2e4216cedddcfe393058ed397e5b73dbb2140ab48186aee
