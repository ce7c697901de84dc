// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0166111498608195) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 63a4c6231f922c5bbed76eefa2b9b730879ec988885289fc3ea8e70a4eeda392
