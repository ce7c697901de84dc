// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0590700842913945) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5eeffc528b5c160268fbcbbba05bb4636523c0b58706ec7770b3ff355cdf365c
