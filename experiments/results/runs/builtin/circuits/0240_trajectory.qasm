// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.452973117576151) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1cdab6e396cdbf7f06c556a5b3ee877b400f2995c7007496f70600caf2a83948
