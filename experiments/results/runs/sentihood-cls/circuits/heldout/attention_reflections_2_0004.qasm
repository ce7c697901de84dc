// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.6677835147326099) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a7c0d383b7eb2213d8ec797ad66a52452c3bb70f04400b79fe4e1df6f303a9f
