// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.38963629174531667) q[0];
ry(2.137478783838492) q[0];
rz(0.2169707973421824) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 681e050ee457d7d3f32764e7793861a0e7eca579fbc8e1226c98115d4e550352
