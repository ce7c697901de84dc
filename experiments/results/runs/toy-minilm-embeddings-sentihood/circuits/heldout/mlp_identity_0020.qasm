// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.911308991038024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eec53a4e6713038bb437ef32f3fd9391f85d9984ef0b9321da177e0614fa1e6c
