// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9878927044877515) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8fe04932af2183aae2cf9db20a4ed44b60e48415ba3306f7528b05e3804363dd
