// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1451315825491024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4fe0cb7a4f14b66be9df5c8d68160f6fc5ca2e0131e588cc8abbcf9c311fcad3
