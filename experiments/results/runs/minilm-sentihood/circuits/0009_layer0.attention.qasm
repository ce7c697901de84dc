// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.9837767713838905) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3d4cf2a6c3d6b80425925bd645432d1daeee2ba1dfc410440e5ef6dc0e57b2f
