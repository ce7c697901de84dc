// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8307089818775959) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 30ce95c12d0d73bce0833c297028ba422cf56e2808e813b407450f68a8dedca6
