// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5151937406919127) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 434094dd572118b42a8946114cee8b2c08aaef2b67c882b8405252ff3631e60e
