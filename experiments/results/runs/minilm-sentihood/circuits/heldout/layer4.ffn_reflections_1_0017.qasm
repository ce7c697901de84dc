// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1760436340466742) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 252041b8d7f9841222b30bd8959d128893c642947b6b7cfe715124b94a702047
