// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.941685257122059) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 46af3965bb5cedaf09f1c2178b5783c13efa746e7dc3f96ddd45bdd7e7bc6fa2
