// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2127325628979608) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5ef534256da51ddd4edfa4e61bd0303b0b8b90180509dbcc2a1ab78422893fa0
