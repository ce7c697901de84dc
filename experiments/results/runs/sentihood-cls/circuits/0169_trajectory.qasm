// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4211437518488568) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 21c2539138976f5fc6089f351ab94d13f7cc26972ea797082ddb28dface3f7e3
