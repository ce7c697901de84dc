// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5830989021466713) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e1782decf6fa31c4ccabffdbb36b1860f880f5a407cbad447e7ff2942bb75890
