// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4884775723577963) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d555e63e219405ed0e6c934a783312f2340e8b2745db10478155fd13b750152
