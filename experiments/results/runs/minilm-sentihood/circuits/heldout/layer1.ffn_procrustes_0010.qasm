// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1598517216658657) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5731fbba64b1196d1997a4c184739b6b750eb9d40976a91cfdae28f95ba2dcd0
