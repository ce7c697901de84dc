// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.0293399089317274) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 170a3fcc5ca69b6e6dbfe392cd801a3efe0ea5a8eb29082fbb0b6688452b536b
