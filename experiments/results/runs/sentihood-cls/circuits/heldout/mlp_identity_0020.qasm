// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4429991803140767) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 244729fdc5c2423bcbc01814e4225255283280e600bdbbe6f66b3787739629b9
