// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6914607001665232) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7e5103fc093eaf122d99eaf1a5874dde12f72322156da27843accb43fd3b3b4c
