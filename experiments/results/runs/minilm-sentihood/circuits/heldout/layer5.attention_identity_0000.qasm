// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2714124276587724) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2afd3912080f97214d8fbd3ba7aa433db3b8ece6d0a3cc051ebb6e0778691a21
