// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5045138775991771) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 173d62a931ae0c2ef7d26da409130ce4aa3de65e1d374283b26ae2846e4b5b05
