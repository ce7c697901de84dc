// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3429929882935674) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c7a60933e4e3df49f889a9486b85d1ed834955e3ed4b3d0045fcd5103db38ee0
