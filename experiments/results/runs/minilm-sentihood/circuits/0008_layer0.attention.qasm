// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.232014586556797) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c21f5e4d4719ddc7b5d69d9c95b6184fc91aab990cb66fafa7ca59d0a32acb6
