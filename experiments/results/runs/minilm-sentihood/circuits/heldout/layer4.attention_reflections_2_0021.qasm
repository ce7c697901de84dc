// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4903535283177524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 787712095773034a33e6da039529f8e2e88f759cea7f44b6895848e483fe205f
