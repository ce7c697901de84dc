// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.901356313414503) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a15ef241a1fa9a6344c459e69751b6d6442062d07f8b087b45e1b525c29aecc
