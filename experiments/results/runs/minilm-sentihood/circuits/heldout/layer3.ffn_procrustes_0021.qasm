// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6349350963606296) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98654e8ac2efec5ede6999db99af8a668726410334bac1a20c23d54c1c423ec1
