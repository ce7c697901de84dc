// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.6599917671035096) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 12bcd900b4f2bd8fbfa6bb61cc060433ac31b30f623ca650b104d3ae7d8cfd9a
