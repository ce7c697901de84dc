// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7743701728347836) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7a1492ddfa2c33f8ef3efa70de84b66cfc6bb489ae4a767927cf407609103cf1
