// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.910887222021024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c1d20c23cd6dccab00f5c3da26a3363768700ed342110ac393899603be9e2491
