// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.8339744582972253) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45404292a5c34a1a6e7d29c9e1d2f2435bdc53d0ab9cc4b5b686e16d91ca50e3
