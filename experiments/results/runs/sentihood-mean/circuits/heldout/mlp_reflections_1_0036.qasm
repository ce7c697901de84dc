// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0949624402541125) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5374b1a388dc6a5906eb699eac1f5f5c5acfadd0dac17c580fc853f950114b60
