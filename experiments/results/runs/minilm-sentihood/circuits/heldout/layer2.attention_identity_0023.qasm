// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2569512960504516) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 86dd6c5c631ef62bdd8b9a2de18ec3637b72cd3dfd6a1c884046f234a232d5ce
