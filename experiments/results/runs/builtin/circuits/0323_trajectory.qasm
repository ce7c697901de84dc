// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2571129128318819) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 88c2277314334e7d66394c71e81bd22b21a2bb523ccf1951d0bed2828d68e5c7
