// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.071571787372446) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 514480025861b61dedfd19ca61854220e9449aa3b45bdacc6564240159dac55b
