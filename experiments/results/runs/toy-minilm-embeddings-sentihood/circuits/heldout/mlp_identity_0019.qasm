// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8704472460762416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 35318fa22327dc5db7a54fdb1dcf0fcb40f349e1e96a5e05686ca7dbc255205b
