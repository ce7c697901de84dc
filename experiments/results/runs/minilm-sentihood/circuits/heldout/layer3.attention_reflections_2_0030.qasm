// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9094988039724772) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 69add907b6bc39bcc336cf5a1a9d89ffcb8800c0fbc8c129df80a8a0d8ea285e
