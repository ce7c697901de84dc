// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.46242620434494186) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aa54af0e976139b3467bfa1344bf0507f73fc89a138fbbb7eaa3aaafba9454e2
