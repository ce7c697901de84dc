// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.894179262164756) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d5ea2b747a665e37349dadc18f42ee5801fcf0947c4536261e28bf771d5a69eb
