// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7080942788814912) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 726503cc538bdf3fffd358230b4ebb7c601cda10203c2a78c5bbb0b11b564fed
