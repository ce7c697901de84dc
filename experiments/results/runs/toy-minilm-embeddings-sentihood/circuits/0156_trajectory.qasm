// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8088345771574874) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c13057d5b788d964cdcce45ad02e95b6e04013e0e2affbab7008fabe1016b691
