// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8483843091022407) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a82601ada8aab2dc784aa544cf38fcd3033d6503c81633dae3daa8d1f169aa93
