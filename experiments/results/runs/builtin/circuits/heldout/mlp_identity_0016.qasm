// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6662473983459183) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c29b468afc03ff8bf7c6322d6cc2992ba00f5055b538342213df61d527fa1cc8
