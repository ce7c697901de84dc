// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9404290238881753) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f577a7d267e61ff30eef623e5ce08786ddeff58278d1ab6eea4d9fa5b98735e9
