// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9154595247683149) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c8f46648d4f3795d4398dc047c3ec1e45da1150151411c16fdd7620e1d7e0e7
