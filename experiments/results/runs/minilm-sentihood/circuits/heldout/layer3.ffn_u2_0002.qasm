// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.28248537375103355) q[0];
ry(2.1442492055597997) q[0];
rz(0.15618692343453144) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec912ba867698094e3401c73acdb2f04e68d37adae093cd566a84cc3e9d221e3
