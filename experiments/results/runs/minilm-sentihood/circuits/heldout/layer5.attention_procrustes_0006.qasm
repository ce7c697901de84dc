// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4726282514168796) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e4b804730833299b3ec80ce0a1f2a39d49428cc29fe3d5add34d40496da8073e
