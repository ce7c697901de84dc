// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3323133504030933) q[0];
ry(2.040922668970888) q[0];
rz(0.1550799306698769) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 90f3869bbc5a73ecdc9fcb47fbacde5253c8b2a9170adc75a21b154197f8a2b8
