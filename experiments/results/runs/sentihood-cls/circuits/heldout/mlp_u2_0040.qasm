// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3712496778312069) q[0];
ry(0.32877517200436535) q[0];
rz(-0.35301585249347767) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ee371725bdd368b7e52bd922e63a0f2aa0b0f3a4827e98ece99081dabccd8863
