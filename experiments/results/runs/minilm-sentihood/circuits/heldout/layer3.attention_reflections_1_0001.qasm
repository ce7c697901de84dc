// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.49342658813482) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a72f9d471ea8e75e8ce2a77efd24d83cfe559cd86bdf1cfcc9acdddb2ae16a48
