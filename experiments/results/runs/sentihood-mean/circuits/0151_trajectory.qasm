// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.735484505100059) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76b87daaf1c66f82e85a0028a93c8002ffd81566413fca8ece10ce302d9281a7
