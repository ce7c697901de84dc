// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.46211383011753737) q[0];
ry(0.5403035961530489) q[0];
rz(-0.4036762802084626) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a5a3ced2ac2e494fdee45ee4f6df63a4c5627e250b18487ae7723383feb048d
