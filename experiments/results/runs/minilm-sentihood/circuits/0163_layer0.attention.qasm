// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.0256179338372935) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb0ef1fe3a592ed716ab50cd2b65b8ba9ab98ea1c502da3bbb6ed006c6280e6b
