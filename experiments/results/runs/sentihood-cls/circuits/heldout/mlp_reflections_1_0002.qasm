// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2042382945183354) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8649985a57845764b9f66b4e8fa7035627c286c7376b9ff0899a9e75eeaac9b1
