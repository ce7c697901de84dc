// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7620793351614763) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f9931895a7a0dbc3eb433a39a668806212a80912145fe3de965a9b85352a5067
