// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0176061374958167) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 901bc710aed23f45bd897e8d413987c529eb1c8b70093a7b53b82c370d9bc30a
