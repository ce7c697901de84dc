// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.433240283207257) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 38f4b39d8e9beadc6ea33b4e01e6a7f6fbaad0717308d3393dc58f9091e6176a
