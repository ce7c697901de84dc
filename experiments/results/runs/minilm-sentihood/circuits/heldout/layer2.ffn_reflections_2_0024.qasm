// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5229991234184503) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d3fe2fbddd7ab248954a83416290230b3448cbad74044161df1086e88bcd5b4
