// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.65541335892027) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce3af5a5c9cdfbdeba5a213702c21f9f2f816eb705d302bfc808596e7815decb
