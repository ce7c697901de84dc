// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5312195968859876) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ff9225c0fb12dc9a1532daa6035a83dd6061ebd494aae039fd98f812ba99d9f
