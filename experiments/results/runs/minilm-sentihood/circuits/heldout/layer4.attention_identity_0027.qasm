// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0355244760077684) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cac28ee6135347a35c084c82c1b3b3b378205adf39b3f66203739ec752bdd314
