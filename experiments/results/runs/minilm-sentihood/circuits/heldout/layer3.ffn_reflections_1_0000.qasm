// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.361413493317099) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e84bbf393f49f11cbd1492f6a678441e30c69dc4a1f2eb6dfc1dad881c18a42
