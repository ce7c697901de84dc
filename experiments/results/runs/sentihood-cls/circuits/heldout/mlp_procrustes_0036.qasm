// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0597784519157933) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ec3556bcf838c51c34c40fa439026a7df5df96ac8e3a737c8c8b0d12fc9b512
