// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8661356692804362) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c4dfc124dd4c564a2b2daee6daaec1868bc0e886be089908121b851ddeb1ab4
