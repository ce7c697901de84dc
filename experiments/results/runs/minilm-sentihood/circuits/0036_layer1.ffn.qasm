// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5167419446924344) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4be3c54949fd0aa4a1a4d88c29394ec6aa64bed188c29d4dc8b438e3ed8bbaee
