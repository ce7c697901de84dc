// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.501693007044981) q[0];
ry(2.673320646168028) q[0];
rz(0.45517706777343614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1d8e05c6e4a7b16b96fe94a5f54c3c9418a62064c501f5d49deab9b6ebb713bf
