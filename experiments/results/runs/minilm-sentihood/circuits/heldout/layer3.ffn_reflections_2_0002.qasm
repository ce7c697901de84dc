// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1604998689557426) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 27f9b28adc059269449a2b5f82e0abaaeae6ddf955f2c858cb4a1c0a88b4cf75
