// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.024103741426066) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05b84198ca985ffa051a21395fcca9fc4eb9cbe7508a005280f50e6d366ec413
