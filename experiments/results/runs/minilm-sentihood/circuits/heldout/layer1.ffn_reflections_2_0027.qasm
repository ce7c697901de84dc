// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6184392762710766) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c76e79416b17ccc1663bf3910377ec47da42d8d94973e9bfac4d59db49f00219
