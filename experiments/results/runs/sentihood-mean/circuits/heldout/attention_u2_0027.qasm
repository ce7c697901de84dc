// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0292726947216897) q[0];
ry(1.4896148566596827) q[0];
rz(-0.13400826638801622) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c2113a8ae04ee31dd00985911870228115e823095fba126c3a6842fae70c6cb7
