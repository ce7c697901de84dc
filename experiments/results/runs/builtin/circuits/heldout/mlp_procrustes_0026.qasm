// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.142236440379536) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8297fb4e804acf60d29c1d46247a093ef050582cd5cdcede6274a6bd372389a
