// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9911404159756193) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 88a5d5fbe83bef92ef16f5739436b21a2d37a7679046c11cc337e8723b448752
