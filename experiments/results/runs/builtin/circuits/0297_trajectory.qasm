// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.660527477915368) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 07e83087dfbac9b79c95090ff7b443e9220d8f9c8fc970703738c988876af5f8
