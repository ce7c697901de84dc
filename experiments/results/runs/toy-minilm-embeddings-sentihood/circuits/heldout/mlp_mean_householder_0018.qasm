// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8646962779534452) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2751e85d1b99ddaa178ddaae4b446521cdab15109e958f2eb30e2bc0511debd2
