// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2865007588234434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc9130298f4a1440815c6d5d774b6a81866f6ac68bad1263effbde37841de0e1
