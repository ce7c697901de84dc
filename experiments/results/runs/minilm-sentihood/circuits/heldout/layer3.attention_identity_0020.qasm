// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.438278775853831) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5696a867e319bac15850b5c2f28e3a3ff787ad4351d14ebfb579db877f6fd535
