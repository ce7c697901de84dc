// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8277955065800608) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d9e56d09648661ec22d68bd1b74f3aff98a11715d7616c63db1f4a01e92d11b4
