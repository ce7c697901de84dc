// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8605104822119543) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b11da333eb391a00a6cd1d50be3b69354bdcab324a4c9858bfaf68c3ced181d
