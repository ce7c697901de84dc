// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.779004110975997) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2d035cb8a5ffb9db580967cade407b1abf1a9ac949c167542d1499b50ce9ac3e
