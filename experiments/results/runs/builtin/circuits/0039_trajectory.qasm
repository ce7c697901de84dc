// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.813325679076083) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 710a8b930a3185453dfdd652f114fede24cbd600e4aaa85a51242ddf9de27236
