// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6828749444340567) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 67960afdcfca011ac3a18c75a1f427ea76a11211c45303b37c903d1819d40659
