// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6765780707970996) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2d0f254b5398c68fd4522604c973b9ddba47c934d1de38519d1a2c0abede7abb
