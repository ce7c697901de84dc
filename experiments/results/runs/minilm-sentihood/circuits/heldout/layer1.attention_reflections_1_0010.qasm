// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.359125640737615) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb5227673510b96c7b3b9bd6f339b652e5a698b29aa7ad550d61ef08512f7179
