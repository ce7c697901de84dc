// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5197434396216585) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f8314ddb3573d2f40a468e6987787380b613ff5c9480814c6f2c54273453ad6b
