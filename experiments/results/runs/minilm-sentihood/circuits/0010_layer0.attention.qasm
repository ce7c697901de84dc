// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.2997255935359975) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ef1dbd5374bb750211e3f9b811d8ccfddca12f58f7445e48ee5ac1827bbf2ff3
