// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.32824272071158367) q[0];
ry(2.466275047543815) q[0];
rz(0.25980427992195754) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 29761357a8d922d88ffe3ce91486f4da378412308684581269fe1c1253a49d9f
