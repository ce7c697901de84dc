// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21422637894930663) q[0];
ry(0.7634968233676205) q[0];
rz(-0.1558983432742842) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ae713bd75bba980dfa46ebf235a2135355bb723744aafb29afc4789924cb7ca
