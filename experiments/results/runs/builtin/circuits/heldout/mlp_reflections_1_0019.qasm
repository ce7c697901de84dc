// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0438416033059246) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 61466f9e5df5b03f867b9e22b1e796788af8673704c3b32667ef10fb4ee2e8a3
