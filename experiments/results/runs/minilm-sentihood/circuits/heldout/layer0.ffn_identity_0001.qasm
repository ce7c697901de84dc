// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7447295293446814) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ab6828d6128c95be48584f6dce335187a315a94e7df923e1db2643b83debaa18
