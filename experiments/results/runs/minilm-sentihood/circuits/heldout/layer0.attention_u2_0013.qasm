// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2972281229343956) q[0];
ry(1.6887224473100888) q[0];
rz(0.03602172470397402) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fe611a8d2fca2b312c7df46010a70ccc23675ed6576c066383b532f4bc8ecf14
