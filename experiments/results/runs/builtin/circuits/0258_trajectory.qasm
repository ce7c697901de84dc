// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.035621365526186) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 143c7c698f933ef20254cd1275927a1bf88dd5b6aafc4b2db0e512fb38e5194e
