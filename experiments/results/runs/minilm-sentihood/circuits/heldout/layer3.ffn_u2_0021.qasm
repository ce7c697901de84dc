// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3846429406761098) q[0];
ry(0.6738887828772192) q[0];
rz(-0.3063576403968655) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b835f743d07a4328c3b989da8aa3d1a90dc083147d5c752f3567c1dd2d3a0835
