// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.326406199498984) q[0];
ry(1.5387117938163093) q[0];
rz(-0.010858784677419298) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 19135e8247c69e9841a51739736e1f90380fc79c6f94087a5885bfff8d5a5d1b
