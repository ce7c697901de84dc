// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0268040919891064) q[0];
ry(1.5106510806557292) q[0];
rz(-0.09904995987107235) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1635cf5b0a696e50dafaf7ffe8e5add3146cb07ff1430aaf1ae29a2de5f7f328
