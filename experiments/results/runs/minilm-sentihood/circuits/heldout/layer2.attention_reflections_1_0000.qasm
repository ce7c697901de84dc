// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2277527061924434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1e1840589b9fd2b93ea23f5d80e97ae2a93100b9f2a47769b967dba5336b20e4
