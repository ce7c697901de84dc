// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9930102586334484) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8ef352c9fa5d0ecb8e49a925da000c5fe408d9c9717161e92e03d0b747fbdf5
