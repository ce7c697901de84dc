// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20596378234916823) q[0];
ry(1.399982293182347) q[0];
rz(-0.035499360526574986) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 88b4c1222a7d0bc428e2e51ce33b6a9d1d366fd28220fae36947d02cc756c12b
