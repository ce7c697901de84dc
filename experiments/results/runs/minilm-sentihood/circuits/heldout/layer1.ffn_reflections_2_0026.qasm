// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.093313375783558) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76ab7ae5c1be6bc3d595b2599706d32fada4b03f970ee172555b229f5a94a95e
