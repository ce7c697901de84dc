// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5716266701202242) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8b51f4c6b50930f337a8bd855de0d030bb28e1c1b19fa0bb06ce57bdf812e06b
