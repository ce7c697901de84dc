// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0940432420055612) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b56e8e83008becc8b842dfd77840cb5bce5e237700f697cfd07e587ee2fc7140
