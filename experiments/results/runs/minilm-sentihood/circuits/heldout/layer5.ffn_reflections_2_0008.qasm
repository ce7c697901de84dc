// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2123635658047283) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2114900d330ec7eda10059e8af2a3725385ad80b28c52e2dced14c20b930d9f
