// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.24684135844677) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85f12a01d5d0022dd70e2099303c8a5d92ad69d7219b0db025b6f861a89394d2
