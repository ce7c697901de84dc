// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.313730449396295) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 54cccde3dbf374c4fc88310c89cae725c2ba522d2710ec51f378b1b20f6eb8b1
