// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1566062407133115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6d524108126769136c51401baed06182696767d4b63a44dcc1c374696cc1c8c
