// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.270415750796223) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e4dfa5a23997e773f2a7c230938e0ed59374c09ebfdf79ac2f87be6829adb0d6
