// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7516327023598748) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7cb429cd2567cf3fa064c623ebb70b0c417ee44ce00498b1e7f270f146e43e4c
