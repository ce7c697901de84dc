// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1411602984465923) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2a6cb1862f19e9661e2b802a1da6d3630c0cf3d051b202fcaf4dd6be92fb985
