// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7304425010152336) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b6cd5ee06fa76b4e6461194882afe08a24d003f071a11e848ef91f660d398d3f
