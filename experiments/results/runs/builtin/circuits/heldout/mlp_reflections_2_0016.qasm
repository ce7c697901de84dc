// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6030482085153803) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 948e2f8bf7011fcce273024ab3bcac6c8d25d94c8a59dd9c97e0921516aaae78
