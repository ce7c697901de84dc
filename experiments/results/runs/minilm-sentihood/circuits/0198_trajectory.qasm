// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9996643842730225) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 29df6079dc3245cf4c327a7f41843c66d6cc2cf211002efec96c5b3d2828a9f5
