// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.37124986232029444) q[0];
ry(0.32877523295910543) q[0];
rz(-0.35301602278400646) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05a6170676ea9aabe8432060f63bed75b8b80178bf3261968290e72a93d7483e
