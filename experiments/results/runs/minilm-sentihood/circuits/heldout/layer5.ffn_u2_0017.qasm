// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25995535740888) q[0];
ry(1.1022853383634879) q[0];
rz(-0.11953009890279764) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7fcfbaafaf64d85b822b59b3d708417886507175ccc82cca2c7db1da53159749
