// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.03918245633701) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f2add0e3cd58b6e66f5b7b74d56a2da04e93ed06cea005e95c47f871e05660cc
