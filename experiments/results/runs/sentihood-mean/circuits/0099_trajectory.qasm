// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.37215664092722317) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7e32d3bb73c129bca362864d412097afd2b96b772e92c9003f3f97c05558b690
