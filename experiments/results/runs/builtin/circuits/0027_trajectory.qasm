// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.333929330594991) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 68d2a9b2d8a4afdde22c48c72ac9cbbfd2663c35e3f7cc59d037f90b5bf9ae54
