// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1610964619841577) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fbfada4be22c6dd041d84ed8a84e0cd0b2ea3bb408f48a471b62c03698e2333e
