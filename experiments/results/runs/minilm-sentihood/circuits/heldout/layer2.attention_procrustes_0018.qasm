// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.055375669781904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 840784806609111ab5fd4f39a7ab2656f6af0ef09944b7c0193296ab30553656
