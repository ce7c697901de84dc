// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.41832106995799734) q[0];
ry(2.3436082613908478) q[0];
rz(0.3009434751453357) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 acee17131be53444f2b7bdb6aa5e3925d97bbd442b46c17d6a6c8f8f1a8dd3d1
