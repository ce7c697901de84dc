// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3843586736902282) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 482fbaed98f043edae6d02fd5893a71c73564d71445720c82e31dc68a9195e4a
