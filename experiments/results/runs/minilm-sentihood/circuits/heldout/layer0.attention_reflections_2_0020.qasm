// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1680669729287096) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3e7f87d0fd3ebdbb08cbdac50bbf23345f8aad9a1f97f0d0aeed073f40c7e153
