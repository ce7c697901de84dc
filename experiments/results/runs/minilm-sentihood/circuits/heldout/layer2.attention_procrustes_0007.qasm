// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.414985459059513) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6a0db581f1ba66e6611da3dc4133ce69b25f2639224786d2a9fd2c75f5bfc197
