// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2224810460878874) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85c06ee558cdd80c794d1d4b17d67792d48d73333c93f56672c568c6a8202bb3
