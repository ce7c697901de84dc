// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7329964795035235) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4e25455f3467359901b5fc09f13da10baf58d38618a3772de3dd134288e570ec
