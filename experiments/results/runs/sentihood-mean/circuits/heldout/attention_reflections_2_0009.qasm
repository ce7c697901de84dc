// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5429715788288931) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4de75b8f5159140564de102981a9769c4ed403ecc550bef8067d7e6e1c526948
