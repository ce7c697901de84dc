// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5254589256452236) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 99e1f468fe7c5906cfe96d03733457a315ed0336db07d3c4cfcb8fae5660a0c3
