// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.361024666966839) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ed629b1d7d1269937367dbebad82975628a16d4161c097cfdca9aa826b079b5d
