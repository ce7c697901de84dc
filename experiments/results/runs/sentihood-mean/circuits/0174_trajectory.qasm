// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.668734096102396) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14139593f3231f3dcde654c5c73736b676d93363aaf46dfad3f96df369d2d9cc
