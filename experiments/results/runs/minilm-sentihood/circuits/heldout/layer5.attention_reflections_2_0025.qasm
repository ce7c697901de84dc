// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5958359256486833) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3752585554dea6569a1a748acf85ca76f73247a30cdc74a3035abbbc22b94e25
