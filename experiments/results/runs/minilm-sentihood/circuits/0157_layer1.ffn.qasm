// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.691134093914609) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 59b6c6ec7978d73e14ba33f5f20a4459e567fa4fb8dd6ade1d32bd21c68f1bf0
