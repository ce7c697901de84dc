// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6062140152280842) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a73e1ae86a4bd05f09ba7eacaaf946870a856b9dc575e37ac5f70bebb9f62052
