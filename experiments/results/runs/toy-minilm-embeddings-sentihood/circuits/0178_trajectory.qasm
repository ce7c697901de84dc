// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.787175381415681) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7ce0d7ade2b2f5a2e9c50c8ae99f0aa8b25511a24762d9d88381180e68f33eff
