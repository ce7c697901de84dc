// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5943523796416859) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7b5858f77bea43ef4b27ead65f51929bd902b5d1862654767524b819103be1cd
