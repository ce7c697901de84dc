// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3488395780137608) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a229cb43838ef469dd15e8a423fcb81e47ab5f7d846c6747d4abf53df5bf86e
