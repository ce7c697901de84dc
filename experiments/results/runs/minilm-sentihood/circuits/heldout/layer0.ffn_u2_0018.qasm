// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1610082038373304) q[0];
ry(1.981265234417958) q[0];
rz(0.06471909798141162) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 448006da5ba364a43e6c11f8810546c2fb4567821847b540af08ad40ebf222e2
