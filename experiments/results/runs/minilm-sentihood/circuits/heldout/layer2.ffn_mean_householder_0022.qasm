// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.05426266904664722) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa0379783e8bbe94c8392e60da071919398fd5378e8dccad4042d6147339b34b
