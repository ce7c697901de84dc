// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5133925229052636) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2cc5c1e7c9871535616ab84e379c4c62c2a7cb9e3ab3fa87603933632475f89f
