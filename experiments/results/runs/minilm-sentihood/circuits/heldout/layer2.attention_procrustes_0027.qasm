// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0915062498084986) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c188cc7e7732647ea1116fbada3974aaf0fafe71c281d1ed9ecfeabbd218342c
