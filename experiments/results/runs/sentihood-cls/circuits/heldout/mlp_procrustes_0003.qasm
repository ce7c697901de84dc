// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3641626204743842) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b208a3f195710c0ae7c4e6c163d55921b4750b36a8f2cb097275f3ecb255a13
