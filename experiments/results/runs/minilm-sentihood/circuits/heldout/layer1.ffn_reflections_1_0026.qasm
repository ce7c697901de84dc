// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0933151607635956) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b3fc7b03df83c1a5864726ced46e836cae8d6240a81a1e4c6356c6746803651e
