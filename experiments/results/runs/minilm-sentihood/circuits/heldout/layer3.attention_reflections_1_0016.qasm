// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5804811841909179) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c99c83808605adef030a3127f7130e0723719eeac5f6df1322525a7376697b9
