// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1411442687566657) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb2136c19dfc8e482ed2127150f75fe9d9d74b237ed62d080a512c04da94b6fc
