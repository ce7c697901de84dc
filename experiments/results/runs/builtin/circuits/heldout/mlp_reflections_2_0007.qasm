// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6065130012066557) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 204876a74b87c5348e99d629ad99a9ab1d3b740370b0114ff426f966a3a063ad
