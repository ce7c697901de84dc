// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.991249312235054) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ae15c20a4030d9b4c24c120bdeb3ba1ce985dd3635aea842e91219364ac387a
