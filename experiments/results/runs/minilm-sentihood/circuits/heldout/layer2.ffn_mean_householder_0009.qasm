// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0244698823627543) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4397db66182407a7fbddc1db12c9ff0d0036d23bdf29481cc0c5d9dbce531e17
