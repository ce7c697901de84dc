// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8256899117719416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f015209e6a935e68d4be4ce2d9ed2bc41b2ee0167227cf87bfae70295906b9b3
