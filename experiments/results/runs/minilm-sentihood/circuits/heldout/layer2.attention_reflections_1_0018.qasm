// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0553317161198605) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3bb79612b2abe5836f8377ced4d4e01cbdc3340a5f7c914976160da53f6c99b3
