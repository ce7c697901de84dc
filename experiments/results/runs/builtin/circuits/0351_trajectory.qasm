// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9472467200682853) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7be5791457b4ac2b30679d2368102fd9be4e60b61dbd8a9ca4b37972f01812ef
