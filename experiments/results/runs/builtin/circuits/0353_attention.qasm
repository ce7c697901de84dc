// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.2339943835708236) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0e0a539e1b1fcf282033120c6f698b80dd7079f1839448c657b1b7f5c96244b
