// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.740765779195378) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4927f73996a9e6d747f5d7f09ddeee0c37f8ca8f245c884bbcd7da36d468ff59
