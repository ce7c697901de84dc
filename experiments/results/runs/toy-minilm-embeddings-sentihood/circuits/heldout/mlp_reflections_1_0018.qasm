// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.042402504853291) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cbdc999407a66eeec429d82cecd799af98c34143ef2a82c39a19b54e92df43e5
