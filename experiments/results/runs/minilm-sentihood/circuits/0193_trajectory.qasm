// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5470052876043183) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cfecdb6603edf8a93770e301bcaea165b2f7e30c5c3822da217b6e013acbc2e2
