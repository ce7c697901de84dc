// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3643572409246153) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5eccc7cb7f5229b5c3ab6021f43d2ab2859e145f148f10f77b4ce66e05569e53
