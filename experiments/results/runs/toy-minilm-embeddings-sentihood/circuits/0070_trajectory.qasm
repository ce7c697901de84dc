// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5533596372257553) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a6a6bdb2a13a111ab062fa3b51ba7bea9de72ac702608b4312136be0cc208b05
