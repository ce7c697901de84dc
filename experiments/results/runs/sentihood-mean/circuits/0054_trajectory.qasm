// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3566499274977633) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a1654cf6665b2dd33d0b78fcb025ed41516d3baac403caafe19181a2d1fd10a
