// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.496455887336133) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 77a6f6a32a52fb874f4201e0f303a680fa4864efcdf91a59a47ded02a0c3f8e6
