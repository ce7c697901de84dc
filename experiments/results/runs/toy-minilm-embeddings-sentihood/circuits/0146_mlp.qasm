// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.4712305798838454) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 320b6bc39ee115b2cc9cf2fa0dde0b281c4bb3ee71441f9237ea8b04c2dbee01
