// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0598463261912436) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ebb9d1bccd6503357d73c4d8c907c8f977a0a7a91688b28aeca5a029cf7b28eb
