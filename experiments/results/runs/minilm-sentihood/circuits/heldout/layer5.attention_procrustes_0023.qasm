// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5292112884531788) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9cf0ae7b2bb49f660811f97bcd86e2ae295450a538d510d4ee413bed8154e6b9
