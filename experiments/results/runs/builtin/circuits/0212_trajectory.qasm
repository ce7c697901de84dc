// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2390757775985115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9be9fc057a638be9501e3979d1c9178c963247299858d530c252cf9cf0e32a50
